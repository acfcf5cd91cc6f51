import { formatOffset, writableIn } from '../domain/date-time.js';
import { DAY_MS, HOUR_MS, spanMs, type TimeRangeValue } from '../domain/time-range.js';
import { badUserInput } from '../errors/gateway-error.js';

export interface SpanLimits {
  readonly minMs?: number;
  readonly maxMs?: number;
  /** Says what the limit is for, e.g. "an agent summary". */
  readonly subject: string;
  /** Advice appended to the message when the range is too long. */
  readonly hint?: string;
}

function describe(ms: number): string {
  if (ms % DAY_MS === 0) return ms === DAY_MS ? '1 day' : `${ms / DAY_MS} days`;
  return `${ms / HOUR_MS} hours`;
}

/** end after start, and the span within the limits of the Dataflow function behind it. */
export function checkRange(range: TimeRangeValue, argument: string, limits: SpanLimits): TimeRangeValue {
  const span = spanMs(range);
  if (span <= 0) throw badUserInput(argument, `end (${range.end.text}) must be after start (${range.start.text})`);
  // Windows and buckets are counted from midnight in the offset of start, and written in it.
  if (!writableIn(range.end.epochMs, range.start.offsetMinutes)) {
    throw badUserInput(
      argument,
      `end (${range.end.text}) is past 9999-12-31 in the offset of start (${formatOffset(range.start.offsetMinutes)}), in which Dataflow counts; give both in one offset`,
    );
  }
  if (limits.maxMs !== undefined && span > limits.maxMs) {
    const hint = limits.hint ? `; ${limits.hint}` : '';
    throw badUserInput(argument, `${limits.subject} covers at most ${describe(limits.maxMs)}${hint}`);
  }
  if (limits.minMs !== undefined && span < limits.minMs) {
    throw badUserInput(argument, `${limits.subject} needs a range of at least ${describe(limits.minMs)}`);
  }
  return range;
}

export const YEAR_MS = 365 * DAY_MS;
