// History rows and the conditions of the two history functions.
import { formatLike, hourOfDay } from '../time.js';
import type { OffsetInstant } from '../time.js';
import type { CallStatus, HistoryCall } from './call-model.js';

export interface CallHistoryRow {
  session_id: bigint;
  from: string;
  from_display_name: string | null;
  to: string;
  to_display_name: string | null;
  start_time: string;
  end_time: string;
  duration: number;
  status: CallStatus | null;
  direction: string;
}

export interface UserCallHistoryRow extends CallHistoryRow {
  user: string;
  party: 'CALLER' | 'CALLEE';
  destination: string | null;
}

/** Conditions shared by both history functions; each is optional. */
export interface HistoryConditions {
  minDuration?: number;
  maxDuration?: number;
  startHourOfDay?: number;
  endHourOfDay?: number;
  status?: CallStatus;
}

export function meetsConditions(call: HistoryCall, conditions: HistoryConditions, offsetMinutes: number): boolean {
  if (conditions.minDuration !== undefined && call.durationSeconds < conditions.minDuration) return false;
  if (conditions.maxDuration !== undefined && call.durationSeconds > conditions.maxDuration) return false;
  if (conditions.status !== undefined && call.status !== conditions.status) return false;
  return inHours(hourOfDay(call.at, offsetMinutes), conditions.startHourOfDay ?? 0, conditions.endHourOfDay ?? 24);
}

/** [start, end) hours of the day; a start at or after the end wraps past midnight (22..6). */
function inHours(hour: number, start: number, end: number): boolean {
  return start < end ? hour >= start && hour < end : hour >= start || hour < end;
}

/** Rows are written in the offset of the request's start_time. */
export function historyRow(call: HistoryCall, like: OffsetInstant): CallHistoryRow {
  return {
    session_id: call.sessionId,
    from: call.from,
    from_display_name: call.fromName,
    to: call.to,
    to_display_name: call.toName,
    start_time: formatLike(call.at, like),
    end_time: formatLike(call.endAt, like),
    duration: call.durationSeconds,
    status: call.status,
    direction: call.direction,
  };
}

/** The user's side of a call, or undefined when the call is not theirs. */
export function partyOf(call: HistoryCall, user: string): 'CALLER' | 'CALLEE' | undefined {
  if (call.from === user) return 'CALLER';
  if (call.to === user || call.agent === user || call.transferTo === user) return 'CALLEE';
  return undefined;
}

export function userRow(
  call: HistoryCall,
  user: string,
  party: 'CALLER' | 'CALLEE',
  like: OffsetInstant,
): UserCallHistoryRow {
  const reached = party === 'CALLER' ? call.to : user;
  const host = reached.startsWith('+') ? 'trunk.example.com' : 'example.com:9002';
  return {
    ...historyRow(call, like),
    user,
    party,
    destination: call.status === 'NONE' ? null : `sip:${reached}@${host}`,
  };
}
