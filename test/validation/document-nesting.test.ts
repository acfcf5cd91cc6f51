import { parse } from 'graphql';
import { documentNestsDeeperThan, MAX_DOCUMENT_NESTING } from '../../src/validation/document-nesting.js';

const nestsDeeperThan = (source: string, max: number) => documentNestsDeeperThan(source, max, 5000);

describe('document nesting', () => {
  it('counts braces, brackets and parentheses as the lexer sees them', () => {
    expect(nestsDeeperThan('{ a(x: [[1]]) { b } }', 4)).toBe(false);
    expect(nestsDeeperThan('{ a(x: [[1]]) { b } }', 3)).toBe(true);
    // Inside strings, block strings and comments they do not count.
    expect(
      nestsDeeperThan(`{ a(x: "${'['.repeat(100)}", y: """${'{'.repeat(100)}""") # ${'('.repeat(100)}\n }`, 2),
    ).toBe(false);
  });

  it('reads no further than the parser would (QUERY_MAX_TOKENS)', () => {
    const late = `{ ${'a '.repeat(10)} ${'['.repeat(100)} }`;
    expect(documentNestsDeeperThan(late, 64, 200)).toBe(true);
    expect(documentNestsDeeperThan(late, 64, 20)).toBe(false);
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
