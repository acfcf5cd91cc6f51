// Every one of the 18 operations answers the shape the contract documents.
import type { DataflowSimulator } from '../../simulator/index.js';
import { call, expectFields, startFixedSimulator } from './sim-client.js';

const DAY = { start_time: '2026-11-24T00:00:00-05:00', end_time: '2026-11-25T00:00:00-05:00' };
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;
const dateTime = expect.stringMatching(RFC3339);
const nullableString = (value: unknown): boolean => value === null || typeof value === 'string';

let sim: DataflowSimulator;
beforeAll(async () => {
  sim = await startFixedSimulator();
});
afterAll(() => sim.close());

describe('queue functions', () => {
  it('queueSummary answers a QueueKpi', async () => {
    const result = await call(sim, 'POST', '/dataflow/queues/summary', { body: { queues: ['8000'], ...DAY } });
    expect(result.status).toBe(200);
    expect(result.json).toEqual({
      total_calls: expect.any(Number),
      answered_calls: expect.any(Number),
      abandoned_calls: expect.any(Number),
      waiting_calls: expect.any(Number),
      longest_waiting_time: expect.any(Number),
      avg_waiting_time: expect.any(Number),
      avg_talk_time: expect.any(Number),
      service_level: expect.any(Number),
      answer_rate: expect.any(Number),
      abandon_rate: expect.any(Number),
      logged_in_agents: expect.any(Number),
      available_agents: expect.any(Number),
      busy_agents: expect.any(Number),
    });
    expect(result.json.total_calls).toBeGreaterThan(50);
    expect(result.json.answered_calls + result.json.abandoned_calls).toBe(result.json.total_calls);
    expect(result.json.available_agents + result.json.busy_agents).toBeLessThanOrEqual(result.json.logged_in_agents);
  });

  it('queueTimeseries answers QueuePoints', async () => {
    const result = await call(sim, 'POST', '/dataflow/queues/timeseries', {
      body: { queue: '8001', ...DAY, interval: '4h' },
    });
    expect(result.status).toBe(200);
    expect(result.json.items).toHaveLength(6);
    expect(result.json.items[0]).toEqual({
      time: '2026-11-24T00:00:00-05:00',
      total_calls: expect.any(Number),
      answered_calls: expect.any(Number),
      abandoned_calls: expect.any(Number),
      avg_waiting_time: expect.any(Number),
      avg_talk_time: expect.any(Number),
      service_level: expect.any(Number),
    });
  });

  it('agentSummary answers an AgentKpi naming queue, agent and display name', async () => {
    const result = await call(sim, 'POST', '/dataflow/queues/agent/summary', {
      body: { queue: '8000', agent: '101', ...DAY },
    });
    expect(result.status).toBe(200);
    expect(result.json).toEqual({
      queue: '8000',
      agent: '101',
      display_name: 'Alice Johnson',
      answered_calls: expect.any(Number),
      missed_calls: expect.any(Number),
      transferred_calls: expect.any(Number),
      total_talk_time: expect.any(Number),
      avg_talk_time: expect.any(Number),
      longest_talk_time: expect.any(Number),
      logged_in_time: expect.any(Number),
      ready_time: expect.any(Number),
      not_ready_time: expect.any(Number),
    });
    expect(result.json.ready_time + result.json.not_ready_time).toBe(result.json.logged_in_time);
  });

  it('agentSummary gives display_name null for the agent without one', async () => {
    const result = await call(sim, 'POST', '/dataflow/queues/agent/summary', {
      body: { queue: '8001', agent: '110', ...DAY },
    });
    expect(result.json.display_name).toBeNull();
  });

  it('agentTimeseries answers AgentPoints', async () => {
    const result = await call(sim, 'POST', '/dataflow/queues/agent/timeseries', {
      body: { queue: '8000', agent: '101', ...DAY },
    });
    expect(result.status).toBe(200);
    expect(result.json.items).toHaveLength(24);
    expect(result.json.items[9]).toEqual({
      time: '2026-11-24T09:00:00-05:00',
      answered_calls: expect.any(Number),
      missed_calls: expect.any(Number),
      total_talk_time: expect.any(Number),
      avg_talk_time: expect.any(Number),
    });
  });
});

describe('call analytics functions', () => {
  it('callsTimeseries answers CallVolumePoints', async () => {
    const result = await call(sim, 'POST', '/dataflow/analytics/calls/timeseries', { body: DAY });
    expect(result.status).toBe(200);
    expect(result.json.items).toHaveLength(24);
    for (const point of result.json.items) {
      expect(point).toEqual({
        time: dateTime,
        total: expect.any(Number),
        answered: expect.any(Number),
        not_answered: expect.any(Number),
      });
      expect(point.answered + point.not_answered).toBe(point.total);
    }
  });

  it('callHistory answers CallHistoryRows', async () => {
    const result = await call(sim, 'POST', '/dataflow/analytics/calls/history', {
      body: DAY,
      query: { top: '5', count: 'true' },
    });
    expect(result.status).toBe(200);
    expect(result.json.count).toBeGreaterThan(100);
    expect(result.json.items).toHaveLength(5);
    for (const row of result.json.items) {
      expect(Object.keys(row)).toEqual([
        'session_id',
        'from',
        'from_display_name',
        'to',
        'to_display_name',
        'start_time',
        'end_time',
        'duration',
        'status',
        'direction',
      ]);
      expect(row.start_time).toMatch(/-05:00$/);
      expect(nullableString(row.from_display_name)).toBe(true);
    }
  });

  it('userCallHistory answers UserCallHistoryRows of the signed-in user', async () => {
    const result = await call(sim, 'POST', '/dataflow/analytics/calls/user/history', {
      body: {},
      token: 'user-102',
      query: { top: '20' },
    });
    expect(result.status).toBe(200);
    expect(result.json.items.length).toBeGreaterThan(0);
    for (const row of result.json.items) {
      expect(row.user).toBe('102');
      expect(['CALLER', 'CALLEE']).toContain(row.party);
      expect(nullableString(row.destination)).toBe(true);
      if (row.party === 'CALLER') expect(row.from).toBe('102');
    }
  });

  it('callDetails answers the legs of a session', async () => {
    const history = await call(sim, 'POST', '/dataflow/analytics/calls/history', { body: DAY, query: { top: '1' } });
    const sessionId = /"session_id":(\d+)/.exec(history.text)?.[1];
    const result = await call(sim, 'POST', `/dataflow/analytics/calls/history/${sessionId}`, { body: {} });
    expect(result.status).toBe(200);
    expect(result.text.startsWith(`{"session_id":${sessionId},"items":[`)).toBe(true);
    expectFields(result.json.items[0], {
      call_id: 'string',
      caller: 'string',
      caller_display_name: 'string?',
      callee: 'string',
      callee_display_name: 'string?',
      started_at: 'datetime',
      rang_at: 'datetime?',
      answered_at: 'datetime?',
      ended_at: 'datetime',
      direction: 'string',
      end_reason: 'string',
      reroute_reason: 'string?',
      status_code: 'number',
      destination: 'string?',
      trunk: 'string?',
      queue: 'string?',
      agent: 'string?',
      duration: 'number',
    });
  });

  it("userCallDetails answers the legs of one of the user's sessions", async () => {
    const history = await call(sim, 'POST', '/dataflow/analytics/calls/user/history', {
      body: {},
      token: 'user-105',
      query: { top: '1' },
    });
    const sessionId = /"session_id":(\d+)/.exec(history.text)?.[1];
    const result = await call(sim, 'POST', `/dataflow/analytics/calls/user/history/${sessionId}`, {
      body: {},
      token: 'user-105',
    });
    expect(result.status).toBe(200);
    expect(result.json.items.length).toBeGreaterThanOrEqual(1);
  });
});

describe('report functions', () => {
  it('listReportJobs answers ReportJobs', async () => {
    const result = await call(sim, 'GET', '/dataflow/report_jobs');
    expect(result.status).toBe(200);
    expect(result.json).not.toHaveProperty('count');
    expect(result.json.items[0]).toEqual({
      id: 'NzAwNTUxOTA5NzczMTQ4MTYw',
      type: 'QUEUE_PERFORMANCE',
      format: 'CSV',
      schedule_name: 'Daily queue performance',
      start_time: dateTime,
      end_time: dateTime,
      cron_expr: '1 0 * * *',
      active: true,
      recipients: 'ops@example.com;lead@example.com',
      timezone: 'America/New_York',
      params: { queues: ['8000', '8001'] },
      created_at: dateTime,
      updated_at: dateTime,
    });
  });

  it('getReportJob answers one job', async () => {
    const result = await call(sim, 'GET', '/dataflow/report_jobs/NzAwNTUxOTA5NzczMTQ4MTYx');
    expect(result.status).toBe(200);
    expect(result.json.schedule_name).toBe("O'Brien weekly");
  });

  it('createReportJob answers 201 with an id', async () => {
    const result = await call(sim, 'POST', '/dataflow/report_jobs', {
      body: { type: 'NORMAL', format: 'CSV', schedule_name: 'New', cron_expr: '0 1 * * *', timezone: 'UTC' },
    });
    expect(result.status).toBe(201);
    expect(result.json).toEqual({ id: expect.stringMatching(/^[A-Za-z0-9+/=]+$/) });
  });

  it('updateReportJob answers 200 with an empty body', async () => {
    const result = await call(sim, 'POST', '/dataflow/report_jobs/NzAwNTUxOTA5NzczMTQ4MTYw', {
      body: { active: false },
    });
    expect(result.status).toBe(200);
    expect(result.text).toBe('');
  });

  it('destroyReportJob answers 204', async () => {
    const result = await call(sim, 'POST', '/dataflow/report_jobs/NzAwNTUxOTA5NzczMTQ4MTYy/destroy');
    expect(result.status).toBe(204);
    expect(result.text).toBe('');
  });

  it('listReportExecutions answers ReportExecutions', async () => {
    const result = await call(sim, 'GET', '/dataflow/report_list', { query: { count: 'true' } });
    expect(result.status).toBe(200);
    expect(result.json.count).toBe(40);
    expectFields(result.json.items[0], {
      id: 'string',
      job_id: 'string',
      schedule_name: 'string',
      type: 'string',
      format: 'string',
      status: 'string',
      started_at: 'datetime',
      completed_at: 'datetime?',
      file_name: 'string?',
      file_size: 'number?',
      file_url: 'string?',
      error_message: 'string?',
    });
  });

  it('destroyReportExecution answers 204', async () => {
    const list = await call(sim, 'GET', '/dataflow/report_list', { query: { top: '1' } });
    const result = await call(sim, 'POST', `/dataflow/report_list/${list.json.items[0].id}/destroy`);
    expect(result.status).toBe(204);
  });
});

describe('queue directory', () => {
  it('listCallQueues answers the five queues', async () => {
    const result = await call(sim, 'GET', '/call_queues');
    expect(result.status).toBe(200);
    expect(result.json.items.map((queue: { extension_number: string }) => queue.extension_number)).toEqual([
      '8000',
      '8001',
      '8002',
      '8003',
      '8004',
    ]);
    expect(result.json.items[0]).toEqual({
      id: 'NzAwNTUxOTA5NzczMTU2MDAw',
      name: 'Sales',
      extension_number: '8000',
      ring_time: 30,
      polling_strategy: 'RING_ALL',
    });
  });

  it('listCallQueueAgents answers the agents of a queue by its id', async () => {
    const result = await call(sim, 'GET', '/call_queues/NzAwNTUxOTA5NzczMTU2MDAx/agents');
    expect(result.status).toBe(200);
    expect(result.json.items).toHaveLength(7);
    expect(result.json.items).toContainEqual({ extension_number: '110', display_name: null, skill_level: 2 });
    expect(result.json.items[0]).toEqual({ extension_number: '105', display_name: 'Emma Wilson', skill_level: 4 });
  });

  it('listCallQueueAgents answers 404 for an unknown queue id', async () => {
    const result = await call(sim, 'GET', '/call_queues/bm9wZQ==/agents');
    expect(result.status).toBe(404);
    expect(result.json.errors[0]).toEqual({ code: 'UNKNOWN', message: 'call queue bm9wZQ== not found', detail: null });
  });
});
