// callHistory and userCallHistory: filtered, newest first, paged by top/skip/count.
import { CALL_DIRECTIONS } from '../data/call-model.js';
import { historyRow, meetsConditions, partyOf, userRow } from '../data/call-history.js';
import type { UserCallHistoryRow } from '../data/call-history.js';
import { pageOf, readPaging } from '../paging.js';
import { MAX_365_DAYS, readOptionalRange, readRange } from '../range.js';
import type { TimeRange } from '../range.js';
import { ok } from '../route.js';
import type { Route, RouteReply, RouteRequest } from '../route.js';
import { optionalDigitString, optionalEnum, optionalString, parseBody } from '../validation.js';
import { readConditions, retained } from './history-inputs.js';

function callHistory({ body, query, state }: RouteRequest): RouteReply {
  const paging = readPaging(query);
  const json = parseBody(body);
  const range = readRange(json, MAX_365_DAYS);
  const from = optionalString(json, 'from');
  const to = optionalString(json, 'to');
  const sessionDigits = optionalDigitString(json, 'session_id');
  const sessionId = sessionDigits === undefined ? undefined : BigInt(sessionDigits);
  const conditions = readConditions(json);
  const rows = state.calls
    .callsIn(retained(range, state.now()))
    .filter(
      (call) =>
        (from === undefined || call.from === from) &&
        (to === undefined || call.to === to) &&
        (sessionId === undefined || call.sessionId === sessionId) &&
        meetsConditions(call, conditions, range.start.offsetMinutes),
    )
    .map((call) => historyRow(call, range.start));
  return ok(pageOf(rows, paging));
}

/** `user` narrows rows to that user among those the caller may see: only the caller themself. */
function userCallHistory({ body, query, state, user }: RouteRequest): RouteReply {
  const paging = readPaging(query);
  const json = parseBody(body);
  const now = state.now();
  const range = readOptionalRange(json, MAX_365_DAYS, (): TimeRange => ({
    start: { ms: now - MAX_365_DAYS.maxMs, offsetMinutes: 0, zulu: true },
    end: { ms: now, offsetMinutes: 0, zulu: true },
  }));
  const conditions = readConditions(json);
  const narrowedTo = optionalString(json, 'user');
  const direction = optionalEnum(json, 'direction', CALL_DIRECTIONS);
  const destination = optionalString(json, 'destination');
  if (narrowedTo !== undefined && narrowedTo !== user) return ok(pageOf([], paging));
  const rows: UserCallHistoryRow[] = [];
  for (const call of state.calls.callsIn(retained(range, now))) {
    const party = partyOf(call, user);
    if (!party || (direction !== undefined && call.direction !== direction)) continue;
    if (!meetsConditions(call, conditions, range.start.offsetMinutes)) continue;
    const row = userRow(call, user, party, range.start);
    if (destination === undefined || row.destination === destination) rows.push(row);
  }
  return ok(pageOf(rows, paging));
}

export const callHistoryRoutes: readonly Route[] = [
  { method: 'POST', path: '/api/dataflow/analytics/calls/history', operationId: 'callHistory', handle: callHistory },
  { method: 'POST', path: '/api/dataflow/analytics/calls/user/history', operationId: 'userCallHistory', handle: userCallHistory },
];
