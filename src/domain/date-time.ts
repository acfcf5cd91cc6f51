/**
 * An RFC 3339 instant that keeps the offset it was written in. Dataflow buckets timeseries from
 * midnight in the offset of start_time, so the offset is data, not formatting: a `Date` would
 * lose it.
 */
export interface DateTimeValue {
  readonly epochMs: number;
  /** Minutes east of UTC. */
  readonly offsetMinutes: number;
  /** Canonical text: seconds (milliseconds when non-zero) and the offset, `Z` for UTC. */
  readonly text: string;
}

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;
const HAS_DATE_PART = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}/;

export class DateTimeFormatError extends Error {}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses RFC 3339 with an explicit offset; throws DateTimeFormatError saying what is wrong. */
export function parseDateTime(text: string): DateTimeValue {
  const match = RFC3339.exec(text);
  if (!match) {
    if (HAS_DATE_PART.test(text) && !/([Zz]|[+-]\d{2}:\d{2})$/.test(text)) {
      throw new DateTimeFormatError(
        `"${text}" has no offset; write it as RFC 3339 with Z or ±hh:mm, e.g. 2025-09-28T00:00:00-04:00`,
      );
    }
    throw new DateTimeFormatError(`"${text}" is not an RFC 3339 date-time such as 2025-09-28T00:00:00-04:00`);
  }
  const [, y, mo, d, h, mi, s, fraction, zulu, sign, oh, om] = match;
  const year = Number(y), month = Number(mo), day = Number(d);
  const hour = Number(h), minute = Number(mi), second = Number(s);
  const offsetHours = zulu ? 0 : Number(oh);
  const offsetMins = zulu ? 0 : Number(om);
  if (
    month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) ||
    hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMins > 59
  ) {
    throw new DateTimeFormatError(`"${text}" is not a valid date-time (a field is out of range)`);
  }
  const offsetMinutes = zulu ? 0 : (sign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins);
  const millis = fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0;
  const epochMs = Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMinutes * 60_000;
  return { epochMs, offsetMinutes, text: formatDateTime(epochMs, offsetMinutes) };
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

export function formatOffset(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'Z';
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Writes an instant as wall-clock time in the given offset. */
export function formatDateTime(epochMs: number, offsetMinutes: number): string {
  const wall = new Date(epochMs + offsetMinutes * 60_000);
  const millis = wall.getUTCMilliseconds();
  return (
    `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}` +
    `T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}` +
    (millis ? `.${pad(millis, 3)}` : '') +
    formatOffset(offsetMinutes)
  );
}

export function dateTimeAt(epochMs: number, offsetMinutes: number): DateTimeValue {
  return { epochMs, offsetMinutes, text: formatDateTime(epochMs, offsetMinutes) };
}

/** Start of the day containing `epochMs`, midnight in the given offset. */
export function startOfDay(epochMs: number, offsetMinutes: number): number {
  const offsetMs = offsetMinutes * 60_000;
  const day = 86_400_000;
  return Math.floor((epochMs + offsetMs) / day) * day - offsetMs;
}

export function isDateTimeText(value: string): boolean {
  return RFC3339.test(value);
}
