// Splits an OData filter into tokens. Date-times are written bare (2026-01-01T00:00:00Z), so they
// are recognised before numbers.
import { SimulatorError } from '../http-error.js';
import { parseRfc3339 } from '../time.js';

export type Token =
  | { kind: 'lparen' | 'rparen' | 'comma'; at: number }
  | { kind: 'word'; text: string; at: number }
  | { kind: 'string'; value: string; at: number }
  | { kind: 'number'; value: number; at: number }
  | { kind: 'datetime'; ms: number; at: number };

const DATETIME = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})/y;
const NUMBER = /-?\d+(?:\.\d+)?/y;
const WORD = /[A-Za-z_][A-Za-z0-9_]*/y;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const char = text.charAt(at);
    if (/\s/.test(char)) {
      at += 1;
    } else if (char === '(' || char === ')' || char === ',') {
      tokens.push({ kind: char === '(' ? 'lparen' : char === ')' ? 'rparen' : 'comma', at });
      at += 1;
    } else if (char === "'") {
      const { value, next } = readQuoted(text, at);
      tokens.push({ kind: 'string', value, at });
      at = next;
    } else {
      const token = readPattern(text, at);
      tokens.push(token.token);
      at = token.next;
    }
  }
  return tokens;
}

/** A quoted literal; two quotes in a row stand for one quote ('O''Brien'). */
function readQuoted(text: string, start: number): { value: string; next: number } {
  let value = '';
  let at = start + 1;
  while (at < text.length) {
    const char = text.charAt(at);
    if (char === "'") {
      if (text.charAt(at + 1) === "'") {
        value += "'";
        at += 2;
        continue;
      }
      return { value, next: at + 1 };
    }
    value += char;
    at += 1;
  }
  throw SimulatorError.validation(`filter: unterminated string literal starting at position ${start}`);
}

function readPattern(text: string, at: number): { token: Token; next: number } {
  const datetime = matchAt(DATETIME, text, at);
  if (datetime) {
    const instant = parseRfc3339(datetime);
    if (!instant) throw SimulatorError.validation(`filter: invalid date-time literal ${datetime}`);
    return { token: { kind: 'datetime', ms: instant.ms, at }, next: at + datetime.length };
  }
  const number = matchAt(NUMBER, text, at);
  if (number) return { token: { kind: 'number', value: Number(number), at }, next: at + number.length };
  const word = matchAt(WORD, text, at);
  if (word) return { token: { kind: 'word', text: word, at }, next: at + word.length };
  throw SimulatorError.validation(`filter: unexpected character "${text.charAt(at)}" at position ${at}`);
}

function matchAt(pattern: RegExp, text: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0];
}
