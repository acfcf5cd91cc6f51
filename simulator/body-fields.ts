// Fields of a request body the contract has already checked: each has the type the contract gives
// it, so reading one is a cast. What the contract leaves to prose stays here, with messages that
// name the field: a field a function cannot do without though the schema does not require it.
import { SimulatorError } from './http-error.js';
import type { JsonBody } from './openapi/request-body.js';
import { parseRfc3339 } from './time.js';
import type { OffsetInstant } from './time.js';

export type { JsonBody };

/** The field as the contract types it; undefined when absent or blank (null). */
export function field<T>(body: JsonBody, key: string): T | undefined {
  const value = body[key];
  return value === null ? undefined : (value as T | undefined);
}

/** A string the function needs; blank counts as missing. */
export function requiredText(body: JsonBody, key: string): string {
  const value = field<string>(body, key);
  if (value === undefined || value.trim() === '') throw SimulatorError.validation(`${key} is required`);
  return value;
}

/** A date-time and the offset it was written in; the contract has checked it is RFC 3339 with one. */
export function dateTimeField(body: JsonBody, key: string): OffsetInstant | undefined {
  const text = field<string>(body, key);
  return text === undefined ? undefined : parseRfc3339(text);
}

export function requiredDateTime(body: JsonBody, key: string): OffsetInstant {
  const value = dateTimeField(body, key);
  if (!value) throw SimulatorError.validation(`${key} is required`);
  return value;
}
