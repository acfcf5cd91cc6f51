import type { HistoryFilter, UserHistoryFilter } from '../datasources/call-analytics.source.js';
import { badUserInput } from '../errors/gateway-error.js';
import type { CallHistoryFilter, MyCallHistoryFilter } from '../schema/call-history.input.js';
import { checkInt64Id, checkIntRange, checkKnown, present } from '../validation/scalars.js';
import { checkRange, YEAR_MS } from '../validation/time-ranges.js';

const HISTORY_LIMITS = { maxMs: YEAR_MS, subject: 'call history' };

type Conditions = Pick<CallHistoryFilter, 'minDuration' | 'maxDuration' | 'startHourOfDay' | 'endHourOfDay' | 'status'>;

function conditions(filter: Conditions) {
  const minDuration = present(filter.minDuration);
  const maxDuration = present(filter.maxDuration);
  const startHourOfDay = present(filter.startHourOfDay);
  const endHourOfDay = present(filter.endHourOfDay);
  const status = present(filter.status);
  if (minDuration !== undefined) checkIntRange(minDuration, 'filter.minDuration', 0, Number.MAX_SAFE_INTEGER);
  if (maxDuration !== undefined) checkIntRange(maxDuration, 'filter.maxDuration', 0, Number.MAX_SAFE_INTEGER);
  if (minDuration !== undefined && maxDuration !== undefined && maxDuration < minDuration) {
    throw badUserInput('filter.maxDuration', `must not be less than filter.minDuration (${minDuration})`);
  }
  if (startHourOfDay !== undefined) checkIntRange(startHourOfDay, 'filter.startHourOfDay', 0, 23);
  if (endHourOfDay !== undefined) checkIntRange(endHourOfDay, 'filter.endHourOfDay', 1, 24);
  // startHourOfDay 22 with endHourOfDay 6 is a night shift: the range wraps past midnight.
  return {
    minDuration,
    maxDuration,
    startHourOfDay,
    endHourOfDay,
    status: status === undefined ? undefined : checkKnown(status, 'filter.status'),
  };
}

export function historyFilter(filter: CallHistoryFilter): HistoryFilter {
  const sessionId = present(filter.sessionId);
  return {
    ...conditions(filter),
    range: checkRange(filter.range, 'filter.range', HISTORY_LIMITS),
    from: present(filter.from),
    to: present(filter.to),
    sessionId: sessionId === undefined ? undefined : checkInt64Id(sessionId, 'filter.sessionId'),
  };
}

export function userHistoryFilter(filter: MyCallHistoryFilter): UserHistoryFilter {
  const range = present(filter.range);
  const direction = present(filter.direction);
  return {
    ...conditions(filter),
    range: range === undefined ? undefined : checkRange(range, 'filter.range', HISTORY_LIMITS),
    user: present(filter.user),
    direction: direction === undefined ? undefined : checkKnown(direction, 'filter.direction'),
    destination: present(filter.destination),
  };
}
