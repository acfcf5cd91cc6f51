// Readers for request-body fields. Each throws a 400 VALIDATE_FAILED whose message names the
// field and the rule, because clients assert on those messages.
import { SimulatorError } from './http-error.js';
import { integerDigits, isJsonNumber, parseLossless } from './json.js';
import { parseRfc3339 } from './time.js';
import type { OffsetInstant } from './time.js';

export type JsonBody = Record<string, unknown>;

/** Parses a request body; an empty body is an empty object. */
export function parseBody(text: string): JsonBody {
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = parseLossless(text);
  } catch {
    throw SimulatorError.validation('request body is not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw SimulatorError.validation('request body must be a JSON object');
  }
  return value as JsonBody;
}

/** A blank field arrives as null; for filters that means "not given". */
function given(body: JsonBody, key: string): boolean {
  return body[key] !== undefined && body[key] !== null;
}

export function optionalString(body: JsonBody, key: string): string | undefined {
  if (!given(body, key)) return undefined;
  const value = body[key];
  if (typeof value !== 'string') throw SimulatorError.validation(`${key} must be a string`);
  return value;
}

export function requiredString(body: JsonBody, key: string): string {
  const value = optionalString(body, key);
  if (value === undefined || value.trim() === '') {
    throw SimulatorError.validation(`${key} is required`);
  }
  return value;
}

export function optionalBoolean(body: JsonBody, key: string): boolean | undefined {
  if (!given(body, key)) return undefined;
  const value = body[key];
  if (typeof value !== 'boolean') throw SimulatorError.validation(`${key} must be true or false`);
  return value;
}

export function optionalInteger(
  body: JsonBody,
  key: string,
  bounds: { min: number; max?: number },
): number | undefined {
  if (!given(body, key)) return undefined;
  const digits = integerDigits(body[key]);
  const value = digits === undefined ? Number.NaN : Number(digits);
  const inRange = value >= bounds.min && (bounds.max === undefined || value <= bounds.max);
  if (!Number.isSafeInteger(value) || !inRange) {
    const rule =
      bounds.max === undefined
        ? bounds.min === 0 ? 'a non-negative integer' : `an integer of at least ${bounds.min}`
        : `an integer from ${bounds.min} to ${bounds.max}`;
    throw SimulatorError.validation(`${key} must be ${rule}`);
  }
  return value;
}

export function optionalEnum<T extends string>(
  body: JsonBody,
  key: string,
  values: readonly T[],
): T | undefined {
  if (!given(body, key)) return undefined;
  const value = body[key];
  if (typeof value !== 'string' || !(values as readonly string[]).includes(value)) {
    throw SimulatorError.validation(`${key} must be one of ${values.join(', ')}`);
  }
  return value as T;
}

/** A string of decimal digits; a JSON number is rejected because the contract sends a string. */
export function optionalDigitString(body: JsonBody, key: string): string | undefined {
  if (!given(body, key)) return undefined;
  const value = body[key];
  if (isJsonNumber(value)) {
    throw SimulatorError.validation(`${key} must be a JSON string of digits, not a number`);
  }
  if (typeof value !== 'string' || !/^\d+$/.test(value)) {
    throw SimulatorError.validation(`${key} must be a string of digits`);
  }
  return value;
}

/** An array of JSON integers, kept as digit strings so 64-bit ids lose nothing. */
export function optionalIntegerArray(body: JsonBody, key: string): string[] | undefined {
  if (!given(body, key)) return undefined;
  const value = body[key];
  const message = `${key} must be an array of JSON integers (not strings)`;
  if (!Array.isArray(value)) throw SimulatorError.validation(message);
  return value.map((item) => {
    const digits = integerDigits(item);
    if (digits === undefined) throw SimulatorError.validation(message);
    return digits;
  });
}

export function optionalStringArray(body: JsonBody, key: string): string[] | undefined {
  if (!given(body, key)) return undefined;
  const value = body[key];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw SimulatorError.validation(`${key} must be an array of strings`);
  }
  return value as string[];
}

/** An RFC 3339 date-time that must carry an explicit offset. */
export function optionalDateTime(body: JsonBody, key: string): OffsetInstant | undefined {
  if (!given(body, key)) return undefined;
  const value = body[key];
  const instant = typeof value === 'string' ? parseRfc3339(value) : undefined;
  if (!instant) {
    const shown = typeof value === 'string' ? `"${value}"` : String(value);
    throw SimulatorError.validation(
      `${key} must be an RFC 3339 date-time with an explicit offset (Z or ±hh:mm), got ${shown}`,
    );
  }
  return instant;
}

export function requiredDateTime(body: JsonBody, key: string): OffsetInstant {
  const value = optionalDateTime(body, key);
  if (!value) throw SimulatorError.validation(`${key} is required`);
  return value;
}
