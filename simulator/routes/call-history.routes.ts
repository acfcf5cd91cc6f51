// callHistory and userCallHistory: filtered, newest first, paged by top/skip/count.
import { field } from '../body-fields.js';
import { historyRow, meetsConditions, partyOf, userRow } from '../data/call-history.js';
import type { UserCallHistoryRow } from '../data/call-history.js';
import { SimulatorError } from '../http-error.js';
import { pageOf, pagingOf } from '../paging.js';
import { MAX_365_DAYS, readOptionalRange, readRange } from '../range.js';
import type { TimeRange } from '../range.js';
import { ok } from '../route.js';
import type { Handlers, RouteReply, RouteRequest } from '../route.js';
import { readConditions, retained } from './history-inputs.js';

/** The contract types session_id in this body as a string; its prose has session ids as integers. */
function readSessionId(text: string | undefined): bigint | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) throw SimulatorError.validation('session_id must be a string of digits');
  return BigInt(text);
}

function callHistory({ body, query, state }: RouteRequest): RouteReply {
  const paging = pagingOf(query);
  const range = readRange(body, MAX_365_DAYS);
  const from = field<string>(body, 'from');
  const to = field<string>(body, 'to');
  const sessionId = readSessionId(field<string>(body, 'session_id'));
  const conditions = readConditions(body);
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
  const paging = pagingOf(query);
  const now = state.now();
  const range = readOptionalRange(body, MAX_365_DAYS, (): TimeRange => ({
    start: { ms: now - MAX_365_DAYS.maxMs, offsetMinutes: 0, zulu: true },
    end: { ms: now, offsetMinutes: 0, zulu: true },
  }));
  const conditions = readConditions(body);
  const narrowedTo = field<string>(body, 'user');
  const direction = field<string>(body, 'direction');
  const destination = field<string>(body, 'destination');
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

export const callHistoryHandlers: Handlers = { callHistory, userCallHistory };
