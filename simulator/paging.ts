// skip/top/count query options shared by every list and by the history functions.
import { SimulatorError } from './http-error.js';

export interface Paging {
  skip: number;
  top: number;
  count: boolean;
}

/** A page of items in the contract's list envelope; `count` is present only when asked for. */
export interface ListPage<T> {
  count?: number;
  items: T[];
}

export function readPaging(query: Record<string, string>): Paging {
  return {
    // The contract types skip as int32.
    skip: readQueryInteger(query, 'skip', 0, 2_147_483_647, 0, 'a non-negative 32-bit integer'),
    top: readQueryInteger(query, 'top', 1, 100, 100, 'an integer from 1 to 100'),
    count: readQueryBoolean(query, 'count'),
  };
}

export function pageOf<T>(items: readonly T[], paging: Paging): ListPage<T> {
  const page = items.slice(paging.skip, paging.skip + paging.top);
  return paging.count ? { count: items.length, items: page } : { items: page };
}

function readQueryInteger(
  query: Record<string, string>,
  key: string,
  min: number,
  max: number,
  fallback: number,
  rule: string,
): number {
  const text = query[key];
  if (text === undefined) return fallback;
  const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!(value >= min && value <= max)) {
    throw SimulatorError.validation(`${key} must be ${rule}, got "${text}"`);
  }
  return value;
}

function readQueryBoolean(query: Record<string, string>, key: string): boolean {
  const text = query[key];
  if (text === undefined || text === 'false') return false;
  if (text === 'true') return true;
  throw SimulatorError.validation(`${key} must be true or false, got "${text}"`);
}
