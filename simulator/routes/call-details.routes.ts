// callDetails and userCallDetails: the legs of one session still in the history.
import { legsOf } from '../data/call-legs.js';
import { partyOf } from '../data/call-history.js';
import type { HistoryCall } from '../data/call-model.js';
import { SimulatorError } from '../http-error.js';
import { ok } from '../route.js';
import type { Handlers, RouteReply, RouteRequest } from '../route.js';
import { RETENTION_MS } from './history-inputs.js';

/**
 * The session's call, if it is within the history's retention. The contract's prose has session
 * ids as digits in these paths, whatever type the path parameter's schema gives.
 */
function findSession({ params, state }: RouteRequest): HistoryCall {
  const text = params['session_id'] ?? '';
  if (!/^\d+$/.test(text)) throw SimulatorError.validation(`session_id must be digits, got "${text}"`);
  const now = state.now();
  const call = state.calls.callBySession(BigInt(text));
  if (!call || call.at >= now || call.at < now - RETENTION_MS)
    throw SimulatorError.notFound(`call session ${text} not found`);
  return call;
}

function callDetails(request: RouteRequest): RouteReply {
  const call = findSession(request);
  return ok({ session_id: call.sessionId, items: legsOf(request.state.seed, call) });
}

/** A session that exists but is not the signed-in user's answers 404, as if it did not exist. */
function userCallDetails(request: RouteRequest): RouteReply {
  const call = findSession(request);
  if (!partyOf(call, request.user)) {
    throw SimulatorError.notFound(`call session ${call.sessionId} not found for user ${request.user}`);
  }
  return ok({ session_id: call.sessionId, items: legsOf(request.state.seed, call) });
}

export const callDetailsHandlers: Handlers = { callDetails, userCallDetails };
