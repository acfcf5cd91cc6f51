// RFC 3339 in the simulator's terms (parsed and written by the gateway's one module), and the
// bucket arithmetic the contract fixes: buckets start at multiples of the interval counted from
// midnight in start_time's offset.
import { formatDateTime, tryParseDateTime } from '../src/domain/date-time.js';

export const SECOND_MS = 1000;
export const MINUTE_MS = 60 * SECOND_MS;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** An instant plus the offset it was written in, so answers can be written in the same offset. */
export interface OffsetInstant {
  ms: number;
  offsetMinutes: number;
  /** Written as 'Z' rather than '+00:00'; kept so answers echo the caller's style. */
  zulu: boolean;
}

/** A half-open range [startMs, endMs) of epoch milliseconds. */
export interface MsRange {
  startMs: number;
  endMs: number;
}

/** Parses an RFC 3339 date-time that carries an explicit offset; undefined if it is not one. */
export function parseRfc3339(text: string): OffsetInstant | undefined {
  const value = tryParseDateTime(text);
  if (!value) return undefined;
  return { ms: value.epochMs, offsetMinutes: value.offsetMinutes, zulu: /[Zz]$/.test(text) };
}

/** Writes an instant in the given offset, with milliseconds only when they are not zero. */
export function formatRfc3339(ms: number, offsetMinutes = 0, zulu = offsetMinutes === 0): string {
  return formatDateTime(ms, offsetMinutes, zulu);
}

/** Writes an instant in the offset (and style) of another instant. */
export function formatLike(ms: number, like: OffsetInstant): string {
  return formatRfc3339(ms, like.offsetMinutes, like.zulu && like.offsetMinutes === 0);
}

/**
 * Start instants of the buckets of `bucketMs` overlapping [start, endMs), aligned to midnight in
 * start's offset. Every allowed bucket size divides a day, so aligning to multiples of the bucket
 * in "local epoch" milliseconds is the same as counting from that day's local midnight.
 */
export function alignedBucketStarts(start: OffsetInstant, endMs: number, bucketMs: number): number[] {
  const offsetMs = start.offsetMinutes * MINUTE_MS;
  const first = Math.floor((start.ms + offsetMs) / bucketMs) * bucketMs - offsetMs;
  const starts: number[] = [];
  for (let at = first; at < endMs; at += bucketMs) starts.push(at);
  return starts;
}

/** Hour of day (0..23) of an instant as seen in an offset. */
export function hourOfDay(ms: number, offsetMinutes: number): number {
  const local = ms + offsetMinutes * MINUTE_MS;
  return Math.floor((((local % DAY_MS) + DAY_MS) % DAY_MS) / HOUR_MS);
}

/** Milliseconds of overlap between two half-open ranges. */
export function overlapMs(a: MsRange, b: MsRange): number {
  return Math.max(0, Math.min(a.endMs, b.endMs) - Math.max(a.startMs, b.startMs));
}

/** Indexes of the UTC hours (epoch ms / HOUR_MS) that overlap a range. */
export function hoursOverlapping(range: MsRange): number[] {
  const hours: number[] = [];
  if (range.endMs <= range.startMs) return hours;
  const last = Math.floor((range.endMs - 1) / HOUR_MS);
  for (let hour = Math.floor(range.startMs / HOUR_MS); hour <= last; hour += 1) hours.push(hour);
  return hours;
}
