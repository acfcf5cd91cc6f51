// Queue and agent KPIs: queueSummary, queueTimeseries, agentSummary, agentTimeseries.
import { agentCallStats, agentKpi } from '../data/agent-kpi.js';
import { bucketsOf, upTo } from '../data/buckets.js';
import { QUEUES } from '../data/directory.js';
import { averageKpis, callStats, queueKpi } from '../data/queue-kpi.js';
import { MAX_24_HOURS, MAX_365_DAYS, readInterval, readRange } from '../range.js';
import { ok } from '../route.js';
import type { Handlers, RouteReply, RouteRequest } from '../route.js';
import { readAgent, readQueue, readQueues } from './queue-inputs.js';

function queueSummary({ body, state }: RouteRequest): RouteReply {
  const queues = readQueues(body, QUEUES);
  // The contract publishes no maximum for the summary; the simulator is permissive up to a year.
  const range = readRange(body, MAX_365_DAYS);
  const now = state.now();
  const window = { startMs: range.start.ms, endMs: range.end.ms };
  const kpis = queues.map((queue) => queueKpi(state.queues, state.seed, queue, window, now));
  return ok(averageKpis(kpis));
}

function queueTimeseries({ body, state }: RouteRequest): RouteReply {
  const queue = readQueue(body);
  const range = readRange(body, MAX_24_HOURS);
  const intervalMs = readInterval(body);
  const now = state.now();
  const items = bucketsOf(range.start, range.end.ms, intervalMs).map((bucket) => ({
    time: bucket.time,
    ...callStats(state.queues.callsIn(queue, upTo(bucket.range, now))),
  }));
  return ok({ items });
}

function agentSummary({ body, state }: RouteRequest): RouteReply {
  const queue = readQueue(body);
  const agent = readAgent(body, queue);
  const range = readRange(body, MAX_24_HOURS);
  return ok(agentKpi(state.queues, queue, agent, upTo({ startMs: range.start.ms, endMs: range.end.ms }, state.now())));
}

function agentTimeseries({ body, state }: RouteRequest): RouteReply {
  const queue = readQueue(body);
  const agent = readAgent(body, queue);
  const range = readRange(body, MAX_24_HOURS);
  const intervalMs = readInterval(body);
  const now = state.now();
  const items = bucketsOf(range.start, range.end.ms, intervalMs).map((bucket) => ({
    time: bucket.time,
    ...agentCallStats(state.queues.callsIn(queue, upTo(bucket.range, now)), agent),
  }));
  return ok({ items });
}

export const queueHandlers: Handlers = { queueSummary, queueTimeseries, agentSummary, agentTimeseries };
