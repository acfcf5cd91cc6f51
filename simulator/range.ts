// The start_time/end_time pair and its per-function limits, plus the interval option: rules the
// contract states in prose (its schemas only type the two fields).
import { writableIn } from '../src/domain/date-time.js';
import { dateTimeField, field, requiredDateTime } from './body-fields.js';
import type { JsonBody } from './body-fields.js';
import { SimulatorError } from './http-error.js';
import { DAY_MS, HOUR_MS } from './time.js';
import type { OffsetInstant } from './time.js';

export interface TimeRange {
  start: OffsetInstant;
  end: OffsetInstant;
}

export interface RangeLimits {
  minMs?: number;
  maxMs: number;
}

export const MAX_24_HOURS: RangeLimits = { maxMs: DAY_MS };
export const MAX_365_DAYS: RangeLimits = { maxMs: 365 * DAY_MS };
export const ONE_TO_365_DAYS: RangeLimits = { minMs: DAY_MS, maxMs: 365 * DAY_MS };

export function readRange(body: JsonBody, limits: RangeLimits): TimeRange {
  const start = requiredDateTime(body, 'start_time');
  const end = requiredDateTime(body, 'end_time');
  return checkRange({ start, end }, limits);
}

/** Both bounds or neither; neither gives `fallback`. */
export function readOptionalRange(body: JsonBody, limits: RangeLimits, fallback: () => TimeRange): TimeRange {
  const start = dateTimeField(body, 'start_time');
  const end = dateTimeField(body, 'end_time');
  if (!start && !end) return fallback();
  if (!start || !end) throw SimulatorError.validation('start_time and end_time must be given together');
  return checkRange({ start, end }, limits);
}

function checkRange(range: TimeRange, limits: RangeLimits): TimeRange {
  const length = range.end.ms - range.start.ms;
  if (length <= 0) throw SimulatorError.validation('end_time must be after start_time');
  // Buckets are written in the offset of start_time.
  if (!writableIn(range.end.ms, range.start.offsetMinutes)) {
    throw SimulatorError.validation('end_time must fall within year 9999 in the offset of start_time');
  }
  if (length > limits.maxMs) {
    throw SimulatorError.validation(`the range from start_time to end_time must be at most ${describe(limits.maxMs)}`);
  }
  if (limits.minMs !== undefined && length < limits.minMs) {
    throw SimulatorError.validation(`the range from start_time to end_time must be at least ${describe(limits.minMs)}`);
  }
  return range;
}

function describe(ms: number): string {
  if (ms === DAY_MS) return '24 hours';
  if (ms % DAY_MS === 0) return `${ms / DAY_MS} days`;
  return `${ms / HOUR_MS} hours`;
}

/** The bucket length in ms; default 1h. The contract's enum holds only whole hours ('1h' to '8h'). */
export function readInterval(body: JsonBody): number {
  return Number.parseInt(field<string>(body, 'interval') ?? '1h', 10) * HOUR_MS;
}
