import { dateTimeAt, startOfDay } from './date-time.js';
import { type Interval, intervalMs } from './enums.js';
import { DAY_MS, spanMs, type TimeRangeValue } from './time-range.js';

/** Dataflow's queue and agent functions accept at most 24 hours per request. */
export const UPSTREAM_WINDOW_MS = DAY_MS;
/** The gateway splits longer timeseries, up to this span, into concurrent windows. */
export const TIMESERIES_MAX_SPAN_MS = 31 * DAY_MS;

/**
 * Splits a range into windows of at most 24 hours whose inner boundaries fall on the bucket
 * grid (multiples of the interval from midnight in start's offset). Every bucket then lies in
 * exactly one window, so stitching the answers in order yields no duplicate or partial bucket.
 */
export function splitIntoWindows(range: TimeRangeValue, interval: Interval): TimeRangeValue[] {
  if (spanMs(range) <= UPSTREAM_WINDOW_MS) return [range];
  const { offsetMinutes } = range.start;
  const step = intervalMs(interval);
  const midnight = startOfDay(range.start.epochMs, offsetMinutes);
  const firstBucket = midnight + Math.floor((range.start.epochMs - midnight) / step) * step;

  const windows: TimeRangeValue[] = [];
  let from = range.start;
  for (
    let boundary = firstBucket + UPSTREAM_WINDOW_MS;
    from.epochMs < range.end.epochMs;
    boundary += UPSTREAM_WINDOW_MS
  ) {
    const to = boundary >= range.end.epochMs ? range.end : dateTimeAt(boundary, offsetMinutes);
    windows.push({ start: from, end: to });
    from = to;
  }
  return windows;
}

/** Concatenates windows' buckets in order; a bucket time seen before is not repeated. */
export function stitch<T extends { time: string }>(windows: readonly T[][]): T[] {
  const seen = new Set<string>();
  const result: T[] = [];
  for (const points of windows) {
    for (const point of points) {
      if (seen.has(point.time)) continue;
      seen.add(point.time);
      result.push(point);
    }
  }
  return result;
}
