// Conditions of the history functions and the retention window of the call history. The contract
// types the conditions (hours of day within 0..23 and 1..24, the status enum); durations are
// seconds, which cannot be negative, and a duration range must not be upside down.
import { field } from '../body-fields.js';
import type { JsonBody } from '../body-fields.js';
import type { HistoryConditions } from '../data/call-history.js';
import type { CallStatus } from '../data/call-model.js';
import { SimulatorError } from '../http-error.js';
import type { TimeRange } from '../range.js';
import { DAY_MS } from '../time.js';
import type { MsRange } from '../time.js';

/** The history keeps the 30 days ending now. */
export const RETENTION_MS = 30 * DAY_MS;

export function readConditions(body: JsonBody): HistoryConditions {
  const minDuration = readDuration(body, 'start_duration');
  const maxDuration = readDuration(body, 'end_duration');
  if (minDuration !== undefined && maxDuration !== undefined && maxDuration < minDuration) {
    throw SimulatorError.validation('end_duration must be greater than or equal to start_duration');
  }
  const startHourOfDay = field<number>(body, 'start_hour_of_day');
  const endHourOfDay = field<number>(body, 'end_hour_of_day');
  const status = field<CallStatus>(body, 'status');
  return {
    ...(minDuration !== undefined ? { minDuration } : {}),
    ...(maxDuration !== undefined ? { maxDuration } : {}),
    ...(startHourOfDay !== undefined ? { startHourOfDay } : {}),
    ...(endHourOfDay !== undefined ? { endHourOfDay } : {}),
    ...(status !== undefined ? { status } : {}),
  };
}

/** An integer, as the contract has checked; a bigint one is far too long a call either way. */
function readDuration(body: JsonBody, key: string): number | undefined {
  const seconds = field<number | bigint>(body, key);
  if (seconds !== undefined && seconds < 0) throw SimulatorError.validation(`${key} must be a non-negative integer`);
  return seconds === undefined ? undefined : Number(seconds);
}

/** The requested range narrowed to what the history still holds. */
export function retained(range: TimeRange, now: number): MsRange {
  return { startMs: Math.max(range.start.ms, now - RETENTION_MS), endMs: Math.min(range.end.ms, now) };
}
