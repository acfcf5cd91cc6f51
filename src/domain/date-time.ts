// RFC 3339 date-times with an explicit offset: the one parser and writer of the gateway and of
// the simulator. Dataflow buckets timeseries from midnight in the offset of start_time, so the
// offset is data, not formatting: a `Date` would lose it.

export interface DateTimeValue {
  readonly epochMs: number;
  /** Minutes east of UTC. */
  readonly offsetMinutes: number;
  /** Canonical text: seconds (milliseconds when non-zero) and the offset, `Z` for UTC. */
  readonly text: string;
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;
const HAS_DATE_PART = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}/;
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

export class DateTimeFormatError extends Error {}

/**
 * The instants accepted: those with a four-digit year in UTC. (Whatever is computed in another
 * offset, the windows of a range in the offset of its start, is checked where the range is.)
 */
const EARLIEST_MS = -62_167_219_200_000; // 0000-01-01T00:00:00Z
const END_MS = 253_402_300_800_000; // 10000-01-01T00:00:00Z

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Epoch milliseconds of a UTC wall-clock time. Not `Date.UTC`: it reads years 0 to 99 as 1900
 * to 1999, and a client asking for 0050 would silently be sent 1950.
 */
function utcEpochMs(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  millis: number,
): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millis);
  return date.getTime();
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
  const year = Number(y),
    month = Number(mo),
    day = Number(d);
  const hour = Number(h),
    minute = Number(mi),
    second = Number(s);
  const offsetHours = zulu ? 0 : Number(oh);
  const offsetMins = zulu ? 0 : Number(om);
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month) ||
    hour > 23 ||
    minute > 59 ||
    second > 59 ||
    offsetHours > 23 ||
    offsetMins > 59
  ) {
    throw new DateTimeFormatError(`"${text}" is not a valid date-time (a field is out of range)`);
  }
  const offsetMinutes = zulu ? 0 : (sign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins);
  const millis = fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0;
  const epochMs = utcEpochMs(year, month, day, hour, minute, second, millis) - offsetMinutes * MINUTE_MS;
  if (epochMs < EARLIEST_MS || epochMs >= END_MS) {
    throw new DateTimeFormatError(`"${text}" must lie between 0000-01-01 and 9999-12-31 in UTC`);
  }
  return { epochMs, offsetMinutes, text: formatDateTime(epochMs, offsetMinutes) };
}

/** The parsed value, or undefined when the text is not an RFC 3339 date-time with an offset. */
export function tryParseDateTime(text: string): DateTimeValue | undefined {
  try {
    return parseDateTime(text);
  } catch (error) {
    if (error instanceof DateTimeFormatError) return undefined;
    throw error;
  }
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** `Z` for UTC unless `zulu` is false (then `+00:00`), else `±hh:mm`. */
export function formatOffset(offsetMinutes: number, zulu = true): string {
  if (offsetMinutes === 0 && zulu) return 'Z';
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Whether an instant has a four-digit year as wall-clock time in the given offset. */
export function writableIn(epochMs: number, offsetMinutes: number): boolean {
  const year = new Date(epochMs + offsetMinutes * MINUTE_MS).getUTCFullYear();
  return year >= 0 && year <= 9999;
}

/**
 * Writes an instant as wall-clock time in the given offset. Years outside 0000–9999 have no
 * RFC 3339 spelling and are refused rather than written wrong.
 */
export function formatDateTime(epochMs: number, offsetMinutes: number, zulu = true): string {
  if (!writableIn(epochMs, offsetMinutes))
    throw new RangeError(
      `${new Date(epochMs).toISOString()} has no four-digit year in offset ${formatOffset(offsetMinutes)}`,
    );
  const wall = new Date(epochMs + offsetMinutes * MINUTE_MS);
  const year = wall.getUTCFullYear();
  const millis = wall.getUTCMilliseconds();
  return (
    `${pad(year, 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}` +
    `T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}` +
    (millis ? `.${pad(millis, 3)}` : '') +
    formatOffset(offsetMinutes, zulu)
  );
}

export function dateTimeAt(epochMs: number, offsetMinutes: number): DateTimeValue {
  return { epochMs, offsetMinutes, text: formatDateTime(epochMs, offsetMinutes) };
}

/** Start of the day containing `epochMs`, midnight in the given offset. */
export function startOfDay(epochMs: number, offsetMinutes: number): number {
  const offsetMs = offsetMinutes * MINUTE_MS;
  return Math.floor((epochMs + offsetMs) / DAY_MS) * DAY_MS - offsetMs;
}

export function isDateTimeText(value: string): boolean {
  return RFC3339.test(value);
}
