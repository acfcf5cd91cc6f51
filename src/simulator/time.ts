// RFC 3339 with explicit offsets, and the bucket arithmetic the contract fixes: buckets start at
// multiples of the interval counted from midnight in start_time's offset.

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

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|([+-])(\d{2}):(\d{2}))$/;

/** Parses an RFC 3339 date-time that carries an explicit offset; undefined if it is not one. */
export function parseRfc3339(text: string): OffsetInstant | undefined {
  const match = RFC3339.exec(text);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
    number, number, number, number, number, number,
  ];
  const fraction = match[7] ? Math.floor(Number(`0${match[7]}`) * 1000) : 0;
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;

  // setUTCFullYear, unlike Date.UTC, does not map years 0..99 to 1900..1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, fraction);
  if (date.getUTCDate() !== day) return undefined; // e.g. 2026-02-30

  const zulu = match[8] === 'Z' || match[8] === 'z';
  let offsetMinutes = 0;
  if (!zulu) {
    const offsetHours = Number(match[10]);
    const offsetMins = Number(match[11]);
    if (offsetHours > 23 || offsetMins > 59) return undefined;
    offsetMinutes = (match[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  return { ms: date.getTime() - offsetMinutes * MINUTE_MS, offsetMinutes, zulu };
}

/** Writes an instant in the given offset, with milliseconds only when they are not zero. */
export function formatRfc3339(ms: number, offsetMinutes = 0, zulu = offsetMinutes === 0): string {
  const local = new Date(ms + offsetMinutes * MINUTE_MS).toISOString();
  const seconds = ms % 1000 === 0 ? local.slice(0, 19) : local.slice(0, 23);
  return seconds + formatOffset(offsetMinutes, zulu);
}

/** Writes an instant in the offset (and style) of another instant. */
export function formatLike(ms: number, like: OffsetInstant): string {
  return formatRfc3339(ms, like.offsetMinutes, like.zulu && like.offsetMinutes === 0);
}

function formatOffset(offsetMinutes: number, zulu: boolean): string {
  if (offsetMinutes === 0 && zulu) return 'Z';
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
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
