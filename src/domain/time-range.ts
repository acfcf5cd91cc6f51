import type { DateTimeValue } from './date-time.js';

export interface TimeRangeValue {
  readonly start: DateTimeValue;
  readonly end: DateTimeValue;
}

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

export function spanMs(range: TimeRangeValue): number {
  return range.end.epochMs - range.start.epochMs;
}
