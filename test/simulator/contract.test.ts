// What contract/dataflow-openapi.yaml now enforces: per operation, requests that break its schemas
// answer 400 VALIDATE_FAILED naming the parameter or field, the rule and the value sent.
import type { DataflowSimulator } from '../../simulator/index.js';
import { loadContract } from '../../simulator/openapi/operations.js';
import { ALL_HANDLERS, bindRoutes } from '../../simulator/routes/index.js';
import { call, expectError, startFixedSimulator } from './sim-client.js';

const DAY = { start_time: '2026-11-24T00:00:00Z', end_time: '2026-11-25T00:00:00Z' };
const TWO_DAYS = { start_time: '2026-11-23T00:00:00Z', end_time: '2026-11-25T00:00:00Z' };
const JOB = 'NzAwNTUxOTA5NzczMTQ4MTYw';
const VALID_JOB = { type: 'QUEUE_PERFORMANCE', format: 'HTML', schedule_name: 'Nightly', cron_expr: '0 3 * * *' };
const INTERVALS = 'one of 1h, 2h, 3h, 4h, 6h, 8h';

let sim: DataflowSimulator;
beforeAll(async () => {
  sim = await startFixedSimulator();
});
afterAll(() => sim.close());

interface BadRequest {
  method?: 'GET' | 'POST';
  path: string;
  query?: Record<string, string>;
  /** An object is sent as JSON, a string as is. */
  body?: unknown;
  message: string;
}

const BAD_REQUESTS: Record<string, BadRequest[]> = {
  queueSummary: [
    {
      path: '/dataflow/queues/summary',
      body: { queues: '8000', ...DAY },
      message: 'queues must be an array of strings, got "8000"',
    },
    {
      path: '/dataflow/queues/summary',
      body: { ...DAY, end_time: '2026-11-25' },
      message: 'end_time must be an RFC 3339 date-time with an explicit offset (Z or ±hh:mm), got "2026-11-25"',
    },
  ],
  queueTimeseries: [
    { path: '/dataflow/queues/timeseries', body: { queue: 8000, ...DAY }, message: 'queue must be a string, got 8000' },
    {
      path: '/dataflow/queues/timeseries',
      body: { queue: '8000', ...DAY, interval: 2 },
      message: `interval must be ${INTERVALS}, got 2`,
    },
  ],
  agentSummary: [
    {
      path: '/dataflow/queues/agent/summary',
      body: { queue: '8000', agent: 101, ...DAY },
      message: 'agent must be a string, got 101',
    },
  ],
  agentTimeseries: [
    {
      path: '/dataflow/queues/agent/timeseries',
      body: { queue: '8000', agent: '101', ...DAY, interval: '1H' },
      message: `interval must be ${INTERVALS}, got "1H"`,
    },
    {
      path: '/dataflow/queues/agent/timeseries',
      query: { top: '5' },
      body: { queue: '8000', agent: '101', ...DAY },
      message: 'top is not a query parameter of agentTimeseries; it takes none',
    },
  ],
  callsTimeseries: [
    {
      path: '/dataflow/analytics/calls/timeseries',
      body: `{"tenants":[1030655834964623400,"x"],"start_time":"${TWO_DAYS.start_time}","end_time":"${TWO_DAYS.end_time}"}`,
      message: 'tenants[1] must be a 64-bit integer, got "x"',
    },
    {
      path: '/dataflow/analytics/calls/timeseries',
      body: { ...TWO_DAYS, interval: '24h' },
      message: `interval must be ${INTERVALS}, got "24h"`,
    },
  ],
  callHistory: [
    {
      path: '/dataflow/analytics/calls/history',
      body: { start_time: DAY.start_time },
      message: 'end_time is required',
    },
    { path: '/dataflow/analytics/calls/history', body: { ...DAY, to: 110 }, message: 'to must be a string, got 110' },
    {
      path: '/dataflow/analytics/calls/history',
      body: { ...DAY, start_duration: '100' },
      message: 'start_duration must be an integer, got "100"',
    },
    {
      path: '/dataflow/analytics/calls/history',
      query: { top: '1.5' },
      body: DAY,
      message: 'top must be an integer from 1 to 100, got "1.5"',
    },
    {
      path: '/dataflow/analytics/calls/history',
      query: { orderby: 'duration desc' },
      body: DAY,
      message: 'orderby is not a query parameter of callHistory; it takes count, skip, top',
    },
  ],
  userCallHistory: [
    { path: '/dataflow/analytics/calls/user/history', body: { user: 101 }, message: 'user must be a string, got 101' },
    {
      path: '/dataflow/analytics/calls/user/history',
      body: { end_hour_of_day: 24.5 },
      message: 'end_hour_of_day must be an integer from 1 to 24, got 24.5',
    },
    {
      path: '/dataflow/analytics/calls/user/history',
      body: { status: 'answered' },
      message: 'status must be one of NONE, ANSWERED, NOT_ANSWERED, got "answered"',
    },
    {
      path: '/dataflow/analytics/calls/user/history',
      query: { count: '1' },
      body: {},
      message: 'count must be true or false, got "1"',
    },
  ],
  callDetails: [
    {
      path: '/dataflow/analytics/calls/history/1040099039162400768',
      body: [],
      message: 'request body must be a JSON object, got []',
    },
    {
      path: '/dataflow/analytics/calls/history/1040099039162400768',
      query: { top: '1' },
      body: {},
      message: 'top is not a query parameter of callDetails; it takes none',
    },
  ],
  userCallDetails: [
    {
      path: '/dataflow/analytics/calls/user/history/abc',
      body: {},
      message: 'session_id must be a 64-bit integer, got "abc"',
    },
  ],
  listReportJobs: [
    {
      method: 'GET',
      path: '/dataflow/report_jobs',
      query: { skip: '-1' },
      message: 'skip must be a non-negative 32-bit integer, got "-1"',
    },
    {
      method: 'GET',
      path: '/dataflow/report_jobs',
      query: { order_by: 'schedule_name' },
      message: 'order_by is not a query parameter of listReportJobs; it takes filter, count, orderby, skip, top',
    },
  ],
  createReportJob: [
    { path: '/dataflow/report_jobs', body: '"Nightly"', message: 'request body must be a JSON object, got "Nightly"' },
    {
      path: '/dataflow/report_jobs',
      body: { ...VALID_JOB, schedule_name: 7 },
      message: 'schedule_name must be a string, got 7',
    },
    {
      path: '/dataflow/report_jobs',
      body: { ...VALID_JOB, start_time: '2026-12-01' },
      message: 'start_time must be an RFC 3339 date-time with an explicit offset (Z or ±hh:mm), got "2026-12-01"',
    },
    { path: '/dataflow/report_jobs', body: { ...VALID_JOB, timezone: 8 }, message: 'timezone must be a string, got 8' },
  ],
  getReportJob: [
    {
      method: 'GET',
      path: `/dataflow/report_jobs/${JOB}`,
      query: { expand: 'executions' },
      message: 'expand is not a query parameter of getReportJob; it takes none',
    },
  ],
  updateReportJob: [
    { path: `/dataflow/report_jobs/${JOB}`, body: { time_zone: 1 }, message: 'time_zone must be a string, got 1' },
    {
      path: `/dataflow/report_jobs/${JOB}`,
      body: { type: 'WEEKLY' },
      message:
        'type must be one of NORMAL, EXTENSION_GROUP_CALL_COST, QUEUE_PERFORMANCE, QUEUE_DETAILED_STATISTICS, QUEUE_ABANDONED_CALLS, QUEUE_SLA_STATISTICS, QUEUE_BREACHES_SLA_STATISTICS, QUEUE_CALLBACKS, QUEUE_FAILED_CALLBACKS, TEAM_QUEUE_GENERAL_STATISTICS, RING_GROUP_STATISTICS, got "WEEKLY"',
    },
    {
      path: `/dataflow/report_jobs/${JOB}`,
      body: { params: 'queues=8000' },
      message: 'params must be a JSON object, got "queues=8000"',
    },
  ],
  destroyReportJob: [
    {
      path: `/dataflow/report_jobs/${JOB}/destroy`,
      query: { force: 'true' },
      message: 'force is not a query parameter of destroyReportJob; it takes none',
    },
  ],
  listReportExecutions: [
    {
      method: 'GET',
      path: '/dataflow/report_list',
      query: { count: 'TRUE' },
      message: 'count must be true or false, got "TRUE"',
    },
    {
      method: 'GET',
      path: '/dataflow/report_list',
      query: { top: '' },
      message: 'top must be an integer from 1 to 100, got ""',
    },
  ],
  destroyReportExecution: [
    {
      path: '/dataflow/report_list/NzIwNTUxOTA5NzczMTQ4MTYw/destroy',
      query: { id: 'x' },
      message: 'id is not a query parameter of destroyReportExecution; it takes none',
    },
  ],
  listCallQueues: [
    {
      method: 'GET',
      path: '/call_queues',
      query: { orderby: 'name' },
      message: 'orderby is not a query parameter of listCallQueues; it takes filter, count, skip, top',
    },
    {
      method: 'GET',
      path: '/call_queues',
      query: { top: '1000' },
      message: 'top must be an integer from 1 to 100, got "1000"',
    },
  ],
  listCallQueueAgents: [
    {
      method: 'GET',
      path: '/call_queues/NzAwNTUxOTA5NzczMTU2MDAx/agents',
      query: { top: '5' },
      message: 'top is not a query parameter of listCallQueueAgents; it takes none',
    },
  ],
};

describe('bad requests, per operation', () => {
  it('covers every operation of the contract', async () => {
    expect(Object.keys(BAD_REQUESTS).sort()).toEqual(
      (await loadContract()).map((operation) => operation.operationId).sort(),
    );
  });

  const cases = Object.entries(BAD_REQUESTS).flatMap(([operationId, requests]) =>
    requests.map((request) => [operationId, request.message, request] as const),
  );
  it.each(cases)('%s: %s', async (operationId, message, request) => {
    sim.resetRequests();
    const result = await call(sim, request.method ?? 'POST', request.path, {
      ...(request.query ? { query: request.query } : {}),
      ...(request.body !== undefined ? { body: request.body } : {}),
    });
    expect(expectError(result, 400, 'VALIDATE_FAILED')).toBe(message);
    expect(sim.requests.map((recorded) => recorded.operationId)).toEqual([operationId]);
  });
});

describe('what the contract allows', () => {
  it('takes a blank (null) field as not given, as the contract writes blanks', async () => {
    const result = await call(sim, 'POST', '/dataflow/analytics/calls/history', {
      body: { ...DAY, from: null, status: null, start_hour_of_day: null },
    });
    expect(result.status).toBe(200);
  });

  it('takes 64-bit ids in the user details path, then looks them up', async () => {
    const result = await call(sim, 'POST', '/dataflow/analytics/calls/user/history/1040099039162400768', { body: {} });
    expect(expectError(result, 404, 'UNKNOWN')).toBe('call session 1040099039162400768 not found');
  });

  it('fills in the documented defaults: skip 0, top 100, no count', async () => {
    const all = await call(sim, 'GET', '/dataflow/report_list', { query: { top: '100', skip: '0' } });
    const defaulted = await call(sim, 'GET', '/dataflow/report_list');
    expect(defaulted.json).toEqual(all.json);
    expect(defaulted.json).not.toHaveProperty('count');
  });

  it('authenticates before it checks', async () => {
    const result = await call(sim, 'GET', '/call_queues', { token: null, query: { orderby: 'name' } });
    expectError(result, 401, 'UNKNOWN');
  });
});

describe('the route table', () => {
  it('answers every operation of the contract at its method and path', async () => {
    const routes = bindRoutes(await loadContract());
    expect(routes.map(({ operation }) => `${operation.method} ${operation.path}`)).toContain(
      'GET /api/call_queues/:id/agents',
    );
    expect(routes).toHaveLength(18);
  });

  it('refuses to start with an operation left unhandled, or a handler for none', async () => {
    const operations = await loadContract();
    const { queueSummary: _dropped, ...missing } = ALL_HANDLERS;
    expect(() => bindRoutes(operations, missing)).toThrow(
      "the simulator has no handler for the contract's operation queueSummary",
    );
    const extra = { ...ALL_HANDLERS, queueForecast: ALL_HANDLERS['queueSummary']! };
    expect(() => bindRoutes(operations, extra)).toThrow(
      'the contract has no operation queueForecast, which the simulator handles',
    );
  });
});
