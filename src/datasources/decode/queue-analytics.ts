import type { AgentKpiRecord, AgentPointRecord, QueueKpiRecord, QueuePointRecord } from '../../domain/models.js';
import { failureFromShape } from '../transport/upstream-failure.js';
import { float, int, type JsonObject, object, text } from './json-fields.js';

export function decodeQueueKpi(json: unknown): QueueKpiRecord {
  const body = object(json, 'queueSummary');
  return {
    totalCalls: int(body.total_calls),
    answeredCalls: int(body.answered_calls),
    abandonedCalls: int(body.abandoned_calls),
    waitingCalls: int(body.waiting_calls),
    longestWaitingTime: int(body.longest_waiting_time),
    avgWaitingTime: float(body.avg_waiting_time),
    avgTalkTime: float(body.avg_talk_time),
    serviceLevel: float(body.service_level),
    answerRate: float(body.answer_rate),
    abandonRate: float(body.abandon_rate),
    loggedInAgents: int(body.logged_in_agents),
    availableAgents: int(body.available_agents),
    busyAgents: int(body.busy_agents),
  };
}

export function decodeAgentKpi(json: unknown): AgentKpiRecord {
  const body = object(json, 'agentSummary');
  return {
    answeredCalls: int(body.answered_calls),
    missedCalls: int(body.missed_calls),
    transferredCalls: int(body.transferred_calls),
    totalTalkTime: int(body.total_talk_time),
    avgTalkTime: float(body.avg_talk_time),
    longestTalkTime: int(body.longest_talk_time),
    loggedInTime: int(body.logged_in_time),
    readyTime: int(body.ready_time),
    notReadyTime: int(body.not_ready_time),
  };
}

/** Buckets without a time cannot be placed on the axis; they are dropped rather than invented. */
export function points<T>(json: unknown, operation: string, decodePoint: (point: JsonObject, time: string) => T): T[] {
  const body = object(json, operation);
  if (!Array.isArray(body.items)) throw failureFromShape(operation, 'a timeseries without an items array');
  const result: T[] = [];
  for (const item of body.items as unknown[]) {
    if (item === null || typeof item !== 'object') continue;
    const point = item as JsonObject;
    const time = text(point.time);
    if (time !== null) result.push(decodePoint(point, time));
  }
  return result;
}

export function decodeQueuePoints(json: unknown): QueuePointRecord[] {
  return points(json, 'queueTimeseries', (point, time) => ({
    time,
    totalCalls: int(point.total_calls),
    answeredCalls: int(point.answered_calls),
    abandonedCalls: int(point.abandoned_calls),
    avgWaitingTime: float(point.avg_waiting_time),
    avgTalkTime: float(point.avg_talk_time),
    serviceLevel: float(point.service_level),
  }));
}

export function decodeAgentPoints(json: unknown): AgentPointRecord[] {
  return points(json, 'agentTimeseries', (point, time) => ({
    time,
    answeredCalls: int(point.answered_calls),
    missedCalls: int(point.missed_calls),
    totalTalkTime: int(point.total_talk_time),
    avgTalkTime: float(point.avg_talk_time),
  }));
}
