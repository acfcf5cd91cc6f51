import { CallDirection, CallParty, CallStatus } from '../../domain/enums.js';
import type {
  CallLegRecord,
  CallSessionRecord,
  CallVolumePointRecord,
  HistorySource,
  Page,
} from '../../domain/models.js';
import { failureFromShape } from '../transport/upstream-failure.js';
import { enumValue, int, type JsonObject, object, optionalInt, page, requiredId, text } from './json-fields.js';
import { points } from './queue-analytics.js';

export function decodeCallVolume(json: unknown): CallVolumePointRecord[] {
  return points(json, 'callsTimeseries', (point, time) => ({
    time,
    total: int(point.total),
    answered: int(point.answered),
    notAnswered: int(point.not_answered),
  }));
}

const direction = (value: unknown): CallDirection | null =>
  enumValue(value, CallDirection, CallDirection.UNKNOWN, null);

function decodeSession(row: JsonObject, source: HistorySource, operation: string): CallSessionRecord {
  return {
    sessionId: requiredId(row.session_id, operation, 'session_id'),
    source,
    from: text(row.from),
    fromDisplayName: text(row.from_display_name),
    to: text(row.to),
    toDisplayName: text(row.to_display_name),
    startTime: text(row.start_time),
    endTime: text(row.end_time),
    duration: optionalInt(row.duration),
    status: enumValue(row.status, CallStatus, CallStatus.UNKNOWN, CallStatus.UNKNOWN),
    direction: direction(row.direction),
    user: text(row.user),
    party: enumValue(row.party, CallParty, CallParty.UNKNOWN, null),
    destination: text(row.destination),
  };
}

export function decodeHistoryPage(json: unknown, source: HistorySource): Page<CallSessionRecord> {
  const operation = source === 'user' ? 'userCallHistory' : 'callHistory';
  return page(json, operation, (row) => decodeSession(row, source, operation));
}

function decodeLeg(leg: JsonObject): CallLegRecord {
  return {
    callId: text(leg.call_id),
    caller: text(leg.caller),
    callerDisplayName: text(leg.caller_display_name),
    callee: text(leg.callee),
    calleeDisplayName: text(leg.callee_display_name),
    startedAt: text(leg.started_at),
    rangAt: text(leg.rang_at),
    answeredAt: text(leg.answered_at),
    endedAt: text(leg.ended_at),
    direction: direction(leg.direction),
    endReason: text(leg.end_reason),
    rerouteReason: text(leg.reroute_reason),
    statusCode: optionalInt(leg.status_code),
    destination: text(leg.destination),
    trunk: text(leg.trunk),
    queue: text(leg.queue),
    agent: text(leg.agent),
    duration: optionalInt(leg.duration),
  };
}

export function decodeDetails(json: unknown, operation: string): CallLegRecord[] {
  const body = object(json, operation);
  if (!Array.isArray(body.items)) throw failureFromShape(operation, 'details without an items array');
  return (body.items as unknown[])
    .filter((leg): leg is JsonObject => leg !== null && typeof leg === 'object')
    .map(decodeLeg);
}
