import { isInteger, isSafeNumber, parse, stringify } from 'lossless-json';

/**
 * Dataflow sends tenant and session ids as bare JSON numbers above 2^53, and so may a client
 * in its variables; JSON.parse would round them. Integers that do not fit a double are kept as
 * their digit string; everything else parses as usual. Text without a 16-digit run cannot hold
 * such a number and takes the native fast path.
 */
const LONG_DIGIT_RUN = /\d{16}/;

function keepUnsafeIntegerDigits(text: string): number | string {
  if (isSafeNumber(text)) return Number(text);
  return isInteger(text) ? text : Number(text);
}

export function parseJsonKeepingDigits(text: string): unknown {
  if (!LONG_DIGIT_RUN.test(text)) return JSON.parse(text);
  return parse(text, null, keepUnsafeIntegerDigits);
}

/** Serialises a body; `bigint` values become bare JSON integers, digit for digit. */
export function stringifyKeepingDigits(value: unknown): string {
  return stringify(value) ?? 'null';
}
