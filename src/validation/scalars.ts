import { isDotSegment } from '../domain/resource-id.js';
import { badUserInput } from '../errors/gateway-error.js';

const INT64_DIGITS = /^\d{1,20}$/;
const UINT64_MAX = 18446744073709551615n;

/** Digits of a 64-bit id, checked as text: the value must never pass through a double. */
export function checkInt64Id(value: string, argument: string): string {
  const trimmed = value.trim();
  if (!INT64_DIGITS.test(trimmed) || BigInt(trimmed) > UINT64_MAX) {
    throw badUserInput(argument, `"${value}" is not a 64-bit id (digits only, e.g. 1040099039162400768)`);
  }
  return trimmed;
}

/**
 * Opaque Dataflow ids (`NzAwNTUxOTA5NzczMTQ4MTYw`) become one segment of an upstream path. They
 * are taken exactly as sent (not trimmed) and only of URL-safe characters, so no server's decoding
 * of `%2F` or `%2E` can turn one id into another path; and never dots alone (domain/resource-id.ts).
 */
const RESOURCE_ID = /^[A-Za-z0-9._~+=-]{1,128}$/;

export function checkResourceId(value: string, argument: string): string {
  if (value === '') throw badUserInput(argument, 'must not be empty');
  if (!RESOURCE_ID.test(value) || isDotSegment(value)) {
    throw badUserInput(
      argument,
      `"${value}" is not a Dataflow id (1 to 128 letters, digits and - . _ ~ + =, not only dots), e.g. NzAwNTUxOTA5NzczMTQ4MTYw`,
    );
  }
  return value;
}

export function checkIntRange(value: number, argument: string, min: number, max: number): number {
  if (value < min || value > max) throw badUserInput(argument, `must be from ${min} to ${max}, got ${value}`);
  return value;
}

export function checkNotEmpty(value: string, argument: string): string {
  const trimmed = value.trim();
  if (trimmed === '') throw badUserInput(argument, 'must not be empty');
  return trimmed;
}

/** At least one; the most a list may hold is checked before the operation runs (input-limits.ts). */
export function checkList<T>(values: readonly T[], argument: string): readonly T[] {
  if (values.length === 0) throw badUserInput(argument, 'name at least one');
  return values;
}

/** UNKNOWN stands for a value Dataflow sent; it cannot be asked for or written. */
export function checkKnown<E extends string>(value: E, argument: string): E {
  if (value === 'UNKNOWN')
    throw badUserInput(argument, 'UNKNOWN only describes values Dataflow sent; it cannot be used in input');
  return value;
}

/** Drops GraphQL's explicit null so that "absent" has one spelling. */
export function present<T>(value: T | null | undefined): T | undefined {
  return value === null ? undefined : value;
}
