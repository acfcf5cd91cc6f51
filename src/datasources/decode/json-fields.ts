import { failureFromShape } from '../transport/upstream-failure.js';
import type { Page } from '../../domain/models.js';

// Primitives for reading Dataflow JSON leniently. Dataflow sends blank fields as null and may
// add fields or enum values at any time; a list must never fail because one row is odd.
// Documented defaults: counters and durations 0 where the schema needs a number, enums UNKNOWN.

export type JsonObject = Record<string, unknown>;

export function object(json: unknown, operation: string): JsonObject {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw failureFromShape(operation, 'a body that is not a JSON object');
  }
  return json as JsonObject;
}

/** `{ "items": [...], "count": n }` as the vendor's list convention says. */
export function page<T>(json: unknown, operation: string, decodeItem: (item: JsonObject) => T): Page<T> {
  const body = object(json, operation);
  if (!Array.isArray(body.items)) throw failureFromShape(operation, 'a list without an items array');
  const items = body.items
    .filter((item): item is JsonObject => item !== null && typeof item === 'object' && !Array.isArray(item))
    .map(decodeItem);
  const count =
    typeof body.count === 'number' ? body.count : typeof body.count === 'string' ? Number(body.count) : undefined;
  return count === undefined || Number.isNaN(count) ? { items } : { items, count };
}

function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}

export const float = (value: unknown): number => toNumber(value) ?? 0;
export const int = (value: unknown): number => Math.round(toNumber(value) ?? 0);
export function optionalInt(value: unknown): number | null {
  const parsed = toNumber(value);
  return parsed === null ? null : Math.round(parsed);
}

export function text(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

/**
 * A 64-bit id: a digit string (a bare number above 2^53 arrives so from upstream-json) or a
 * safe integer. Never goes through a double when it could lose a digit.
 */
export function id(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  return null;
}

export function requiredId(value: unknown, operation: string, field: string): string {
  const result = id(value);
  if (result === null) throw failureFromShape(operation, `a row without ${field}`);
  return result;
}

/** A known enum value, UNKNOWN for any other string, `whenNull` for null or absent. */
export function enumValue<E extends string, N>(
  value: unknown,
  values: Readonly<Record<string, E>>,
  unknown: E,
  whenNull: N,
): E | N {
  if (value === null || value === undefined) return whenNull;
  return typeof value === 'string' && Object.hasOwn(values, value) && value !== unknown
    ? (values[value] as E)
    : unknown;
}

export function bool(value: unknown, whenNull: boolean): boolean {
  return typeof value === 'boolean' ? value : whenNull;
}
