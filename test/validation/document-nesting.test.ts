import { parse } from 'graphql';
import { MAX_DOCUMENT_NESTING, nestsDeeperThan } from '../../src/validation/document-nesting.js';

describe('document nesting', () => {
  it('counts braces, brackets and parentheses as the lexer sees them', () => {
    expect(nestsDeeperThan('{ a(x: [[1]]) { b } }', 4)).toBe(false);
    expect(nestsDeeperThan('{ a(x: [[1]]) { b } }', 3)).toBe(true);
    // Inside strings, block strings and comments they do not count.
    expect(nestsDeeperThan(`{ a(x: "${'['.repeat(100)}", y: """${'{'.repeat(100)}""") # ${'('.repeat(100)}\n }`, 2)).toBe(false);
  });

  it('leaves lexical errors to the parser', () => {
    expect(nestsDeeperThan('"unterminated { { {', 1)).toBe(false);
  });

  it('refuses what graphql-js would overflow its stack parsing, and nothing the schema can use', () => {
    const deep = `{ a(x: ${'['.repeat(3000)}1${']'.repeat(3000)}) }`;
    expect(() => parse(deep)).toThrow(RangeError);
    expect(nestsDeeperThan(deep, MAX_DOCUMENT_NESTING)).toBe(true);
    const wallboard = `{ q: queue(number: "8000") { agents(numbers: ["101"]) { summary(range: { start: "x", end: "y" }) { answeredCalls } } } }`;
    expect(nestsDeeperThan(wallboard, MAX_DOCUMENT_NESTING)).toBe(false);
  });
});
