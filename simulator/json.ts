// Request bodies are parsed so that 64-bit tenant and session ids keep every digit: an integer
// past 2^53 becomes a bigint, every other number a plain number. Responses are written so that
// bigint values become bare JSON numbers.
import { isInteger, isSafeNumber, parse, stringify } from 'lossless-json';

function parseNumber(text: string): number | bigint {
  return isInteger(text) && !isSafeNumber(text) ? BigInt(text) : Number(text);
}

/** Parses JSON with integers past 2^53 as bigints; throws SyntaxError on bad input. */
export function parseJson(text: string): unknown {
  return parse(text, null, parseNumber);
}

/** Writes JSON; bigint values come out as bare numbers, digit for digit. */
export function writeJson(value: unknown): string {
  return stringify(value) ?? 'null';
}
