import { isInteger, isSafeNumber, parse, stringify } from 'lossless-json';
import { textNestsDeeperThan } from './json-depth.js';

// Dataflow sends tenant and session ids as bare JSON numbers above 2^53, and so may a client
// in its variables; JSON.parse would round them. Integers that do not fit a double are kept as
// their digit string; everything else parses as usual. Text without a 16-digit run cannot hold
// such a number and takes the native fast path.

const LONG_DIGIT_RUN = /\d{16}/;

export class JsonTooDeepError extends Error {
  constructor(readonly maxDepth: number) {
    super(`JSON nests deeper than ${maxDepth} levels`);
  }
}

function keepUnsafeIntegerDigits(text: string): number | string {
  if (isSafeNumber(text)) return Number(text);
  return isInteger(text) ? text : Number(text);
}

/**
 * Parses JSON, keeping 64-bit integers' digits. With `maxDepth`, deeper text is refused with
 * JsonTooDeepError before any parser runs: lossless-json parses by recursion.
 */
export function parseJsonKeepingDigits(text: string, maxDepth?: number): unknown {
  if (maxDepth !== undefined && textNestsDeeperThan(text, maxDepth)) throw new JsonTooDeepError(maxDepth);
  return LONG_DIGIT_RUN.test(text) ? parse(text, null, keepUnsafeIntegerDigits) : JSON.parse(text);
}

/** Serialises a body; `bigint` values become bare JSON integers, digit for digit. */
export function stringifyKeepingDigits(value: unknown): string {
  return stringify(value) ?? 'null';
}
