// Queue and agent KPIs: queueSummary, queueTimeseries, agentSummary, agentTimeseries.
import { agentCallStats, agentKpi } from '../data/agent-kpi.js';
import { bucketsOf, upTo } from '../data/buckets.js';
import { QUEUES } from '../data/directory.js';
import { averageKpis, callStats, queueKpi } from '../data/queue-kpi.js';
import { MAX_24_HOURS, MAX_365_DAYS, readInterval, readRange } from '../range.js';
import { ok } from '../route.js';
import type { Route, RouteReply, RouteRequest } from '../route.js';
import { parseBody } from '../validation.js';
import { readAgent, readQueue, readQueues } from './queue-inputs.js';

function queueSummary({ body, state }: RouteRequest): RouteReply {
  const json = parseBody(body);
  const queues = readQueues(json, QUEUES);
  // The contract publishes no maximum for the summary; the simulator is permissive up to a year.
  const range = readRange(json, MAX_365_DAYS);
  const now = state.now();
  const window = { startMs: range.start.ms, endMs: range.end.ms };
  const kpis = queues.map((queue) => queueKpi(state.queues, state.seed, queue, window, now));
  return ok(averageKpis(kpis));
}

function queueTimeseries({ body, state }: RouteRequest): RouteReply {
  const json = parseBody(body);
  const queue = readQueue(json);
  const range = readRange(json, MAX_24_HOURS);
  const intervalMs = readInterval(json);
  const now = state.now();
  const items = bucketsOf(range.start, range.end.ms, intervalMs).map((bucket) => ({
    time: bucket.time,
    ...callStats(state.queues.callsIn(queue, upTo(bucket.range, now))),
  }));
  return ok({ items });
}

function agentSummary({ body, state }: RouteRequest): RouteReply {
  const json = parseBody(body);
  const queue = readQueue(json);
  const agent = readAgent(json, queue);
  const range = readRange(json, MAX_24_HOURS);
  return ok(agentKpi(state.queues, queue, agent, upTo({ startMs: range.start.ms, endMs: range.end.ms }, state.now())));
}

function agentTimeseries({ body, state }: RouteRequest): RouteReply {
  const json = parseBody(body);
  const queue = readQueue(json);
  const agent = readAgent(json, queue);
  const range = readRange(json, MAX_24_HOURS);
  const intervalMs = readInterval(json);
  const now = state.now();
  const items = bucketsOf(range.start, range.end.ms, intervalMs).map((bucket) => ({
    time: bucket.time,
    ...agentCallStats(state.queues.callsIn(queue, upTo(bucket.range, now)), agent),
  }));
  return ok({ items });
}

export const queueRoutes: readonly Route[] = [
  { method: 'POST', path: '/api/dataflow/queues/summary', operationId: 'queueSummary', handle: queueSummary },
  { method: 'POST', path: '/api/dataflow/queues/timeseries', operationId: 'queueTimeseries', handle: queueTimeseries },
  { method: 'POST', path: '/api/dataflow/queues/agent/summary', operationId: 'agentSummary', handle: agentSummary },
  { method: 'POST', path: '/api/dataflow/queues/agent/timeseries', operationId: 'agentTimeseries', handle: agentTimeseries },
];
