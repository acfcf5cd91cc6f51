// Conditions of the history functions and the retention window of the call history.
import { CALL_STATUSES } from '../data/call-model.js';
import type { HistoryConditions } from '../data/call-history.js';
import { SimulatorError } from '../http-error.js';
import type { TimeRange } from '../range.js';
import { DAY_MS } from '../time.js';
import type { MsRange } from '../time.js';
import { optionalEnum, optionalInteger } from '../validation.js';
import type { JsonBody } from '../validation.js';

/** The history keeps the 30 days ending now. */
export const RETENTION_MS = 30 * DAY_MS;

export function readConditions(body: JsonBody): HistoryConditions {
  const minDuration = optionalInteger(body, 'start_duration', { min: 0 });
  const maxDuration = optionalInteger(body, 'end_duration', { min: 0 });
  if (minDuration !== undefined && maxDuration !== undefined && maxDuration < minDuration) {
    throw SimulatorError.validation('end_duration must be greater than or equal to start_duration');
  }
  const startHourOfDay = optionalInteger(body, 'start_hour_of_day', { min: 0, max: 23 });
  const endHourOfDay = optionalInteger(body, 'end_hour_of_day', { min: 1, max: 24 });
  const status = optionalEnum(body, 'status', CALL_STATUSES);
  return {
    ...(minDuration !== undefined ? { minDuration } : {}),
    ...(maxDuration !== undefined ? { maxDuration } : {}),
    ...(startHourOfDay !== undefined ? { startHourOfDay } : {}),
    ...(endHourOfDay !== undefined ? { endHourOfDay } : {}),
    ...(status !== undefined ? { status } : {}),
  };
}

/** The requested range narrowed to what the history still holds. */
export function retained(range: TimeRange, now: number): MsRange {
  return { startMs: Math.max(range.start.ms, now - RETENTION_MS), endMs: Math.min(range.end.ms, now) };
}
