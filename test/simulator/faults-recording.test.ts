// Fault injection, request recording, latency and a prompt close().
import type { DataflowSimulator } from '../../simulator/index.js';
import { deferred } from '../helpers/deferred.js';
import { eventually } from '../helpers/eventually.js';
import { call, startFixedSimulator } from './sim-client.js';

const DAY = { start_time: '2026-11-24T00:00:00Z', end_time: '2026-11-25T00:00:00Z' };

let sim: DataflowSimulator;
beforeAll(async () => {
  sim = await startFixedSimulator();
});
afterAll(() => sim.close());
afterEach(() => {
  sim.clearFaults();
  sim.resetRequests();
});

describe('status faults', () => {
  it('answers the status with the Dataflow error JSON by default', async () => {
    sim.injectFault({ fault: { kind: 'status', status: 503 } });
    const result = await call(sim, 'GET', '/call_queues');
    expect(result.status).toBe(503);
    expect(result.json).toEqual({ errors: [{ code: 'UNKNOWN', message: 'injected fault: status 503', detail: null }] });
  });

  it('answers a given body verbatim', async () => {
    sim.injectFault({
      fault: {
        kind: 'status',
        status: 429,
        body: '{"errors":[{"code":"RATE_LIMITED","message":"slow down","detail":null}]}',
      },
    });
    const result = await call(sim, 'GET', '/call_queues');
    expect(result.status).toBe(429);
    expect(result.json.errors[0].code).toBe('RATE_LIMITED');
  });
});

describe('times and operationId scoping', () => {
  it('runs out after `times` matches', async () => {
    sim.injectFault({ operationId: 'listCallQueues', times: 2, fault: { kind: 'status', status: 500 } });
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await call(sim, 'GET', '/call_queues')).status);
    expect(statuses).toEqual([500, 500, 200]);
  });

  it('only touches the named operation', async () => {
    sim.injectFault({ operationId: 'listReportJobs', fault: { kind: 'status', status: 502 } });
    expect((await call(sim, 'GET', '/call_queues')).status).toBe(200);
    expect((await call(sim, 'GET', '/dataflow/report_jobs')).status).toBe(502);
    expect((await call(sim, 'GET', '/dataflow/report_jobs')).status).toBe(502);
  });

  it('checks rules in order, and clearFaults removes them all', async () => {
    sim.injectFault({ operationId: 'listCallQueues', times: 1, fault: { kind: 'status', status: 500 } });
    sim.injectFault({ fault: { kind: 'status', status: 503 } });
    expect((await call(sim, 'GET', '/call_queues')).status).toBe(500);
    expect((await call(sim, 'GET', '/call_queues')).status).toBe(503);
    sim.clearFaults();
    expect((await call(sim, 'GET', '/call_queues')).status).toBe(200);
  });

  it('applies before authentication', async () => {
    sim.injectFault({ times: 1, fault: { kind: 'status', status: 500 } });
    expect((await call(sim, 'GET', '/call_queues', { token: null })).status).toBe(500);
    expect((await call(sim, 'GET', '/call_queues', { token: null })).status).toBe(401);
  });
});

describe('latency faults and the latency option', () => {
  it('delays the answer, then answers normally', async () => {
    sim.injectFault({ operationId: 'listCallQueues', times: 1, fault: { kind: 'latency', ms: 150 } });
    const started = Date.now();
    const result = await call(sim, 'GET', '/call_queues');
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(result.json.items).toHaveLength(5);
  });

  it('adds latencyMs before every response', async () => {
    const slow = await startFixedSimulator({ latencyMs: 100 });
    try {
      const started = Date.now();
      expect((await call(slow, 'GET', '/call_queues', { token: null })).status).toBe(401);
      expect(Date.now() - started).toBeGreaterThanOrEqual(90);
    } finally {
      await slow.close();
    }
  });
});

describe('broken answers', () => {
  it('resets the connection without answering', async () => {
    sim.injectFault({ operationId: 'queueSummary', times: 1, fault: { kind: 'reset' } });
    await expect(call(sim, 'POST', '/dataflow/queues/summary', { body: DAY })).rejects.toThrow();
    expect((await call(sim, 'POST', '/dataflow/queues/summary', { body: DAY })).status).toBe(200);
  });

  it('answers 200 with a truncated JSON body', async () => {
    sim.injectFault({ times: 1, fault: { kind: 'malformed' } });
    const response = await fetch(`${sim.url}/dataflow/report_jobs`, { headers: { authorization: 'Bearer t' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const text = await response.text();
    expect(() => JSON.parse(text)).toThrow();
  });

  it('hangs until the client gives up', async () => {
    sim.injectFault({ times: 1, fault: { kind: 'hang' } });
    const client = new AbortController();
    let settled = false;
    const request = fetch(`${sim.url}/call_queues`, { headers: { authorization: 'Bearer t' }, signal: client.signal });
    request.then(
      () => {
        settled = true;
      },
      () => {
        settled = true;
      },
    );
    // Given up only once it is in: a request aborted on its way would prove nothing.
    await eventually(() => sim.countRequests() === 1);
    // A later request is answered while the hung one still is not.
    expect((await call(sim, 'GET', '/call_queues')).status).toBe(200);
    expect(settled).toBe(false);
    client.abort();
    await expect(request).rejects.toThrow();
  });
});

describe('hold faults', () => {
  const JOB = 'NzAwNTUxOTA5NzczMTQ4MTYw';
  const job = (body?: unknown) =>
    call(sim, body === undefined ? 'GET' : 'POST', `/dataflow/report_jobs/${JOB}`, { token: 'hold-suite', body });

  it('answer what was true on arrival, only once released, while later requests pass', async () => {
    expect((await job({ active: true })).status).toBe(200);
    const release = deferred();
    sim.injectFault({ operationId: 'getReportJob', times: 1, fault: { kind: 'hold', until: release.promise } });
    let settled = false;
    const held = job().finally(() => {
      settled = true;
    });
    await eventually(() => sim.countRequests('getReportJob') === 1);
    expect((await job({ active: false })).status).toBe(200);
    expect((await job()).json.active).toBe(false);
    expect(settled).toBe(false);
    release.resolve();
    expect((await held).json.active).toBe(true);
  });
});

describe('request recording', () => {
  it('records operation, method, path, query, raw body, headers and wall-clock arrival', async () => {
    const before = Date.now();
    const body = '{"queues":["8000"],"start_time":"2026-11-24T00:00:00Z","end_time":"2026-11-25T00:00:00Z"}';
    await call(sim, 'POST', '/dataflow/queues/summary', {
      body,
      token: 'recorded',
      headers: { 'X-Request-Id': 'req-42' },
    });
    await call(sim, 'GET', '/dataflow/report_jobs/abc', { query: { unused: 'yes' } });
    await call(sim, 'GET', '/nowhere');
    expect(sim.requests).toHaveLength(3);
    expect(sim.requests[0]).toEqual({
      operationId: 'queueSummary',
      method: 'POST',
      path: '/api/dataflow/queues/summary',
      query: {},
      body,
      headers: expect.objectContaining({ authorization: 'Bearer recorded', 'x-request-id': 'req-42' }),
      at: expect.any(Number),
    });
    // The data clock is fixed at 2026-11-25; arrival is real time, to measure concurrency with.
    expect(sim.requests[0]!.at).toBeGreaterThanOrEqual(before);
    expect(sim.requests[0]!.at).toBeLessThanOrEqual(Date.now());
    expect(sim.requests[1]).toMatchObject({
      operationId: 'getReportJob',
      path: '/api/dataflow/report_jobs/abc',
      query: { unused: 'yes' },
      body: '',
    });
    expect(sim.requests[2]?.operationId).toBe('unknown');
  });

  it('counts requests per operation, faulted ones included, and resets', async () => {
    sim.injectFault({ operationId: 'listCallQueues', times: 1, fault: { kind: 'status', status: 500 } });
    await call(sim, 'GET', '/call_queues');
    await call(sim, 'GET', '/call_queues');
    await call(sim, 'GET', '/dataflow/report_list');
    expect(sim.countRequests('listCallQueues')).toBe(2);
    expect(sim.countRequests('listReportExecutions')).toBe(1);
    expect(sim.countRequests()).toBe(3);
    sim.resetRequests();
    expect(sim.countRequests()).toBe(0);
    expect(sim.requests).toEqual([]);
  });
});

describe('a body beyond a megabyte', () => {
  it('is refused with 413 and neither kept nor recorded', async () => {
    const result = await call(sim, 'POST', '/dataflow/queues/summary', {
      body: `{"queues":["${'8'.repeat(1024 * 1024)}"]}`,
    });
    expect(result.status).toBe(413);
    expect(result.json.errors[0].message).toBe('request body larger than 1048576 bytes');
    expect(sim.requests).toHaveLength(0);
  });
});

describe('a bounded request log', () => {
  it('keeps the newest maxRecordedRequests requests in order, counts them, and empties in place', async () => {
    const small = await startFixedSimulator({ maxRecordedRequests: 3 });
    try {
      const requests = small.requests;
      await call(small, 'GET', '/dataflow/report_jobs');
      for (const top of ['1', '2', '3', '4']) await call(small, 'GET', '/call_queues', { query: { top } });
      expect(small.requests).toBe(requests);
      expect(requests.map((request) => request.query['top'])).toEqual(['2', '3', '4']);
      expect([
        small.countRequests(),
        small.countRequests('listCallQueues'),
        small.countRequests('listReportJobs'),
      ]).toEqual([3, 3, 0]);
      small.resetRequests();
      expect(requests).toEqual([]);
      await call(small, 'GET', '/dataflow/report_list');
      expect(small.requests).toBe(requests);
      expect(requests.map((request) => request.operationId)).toEqual(['listReportExecutions']);
    } finally {
      await small.close();
    }
  });

  it('refuses a bad bound at start-up', async () => {
    await expect(startFixedSimulator({ maxRecordedRequests: -1 })).rejects.toThrow(
      'maxRecordedRequests must be a non-negative integer, got -1',
    );
  });
});

describe('close', () => {
  // What these stop waiting for would never end (a hang) or end only in 10 s (the latency): a
  // close that waited would fail the test by its timeout, or take the full latency.
  it('finishes with a hung request and a keep-alive socket outstanding, failing the hung one', async () => {
    const doomed = await startFixedSimulator();
    await call(doomed, 'GET', '/call_queues'); // leaves a keep-alive socket in fetch's pool
    doomed.injectFault({ fault: { kind: 'hang' } });
    const hung = fetch(`${doomed.url}/call_queues`, { headers: { authorization: 'Bearer t' } });
    const settled = hung.then(
      () => 'answered',
      () => 'failed',
    );
    await eventually(() => doomed.countRequests() === 2);
    await doomed.close();
    expect(await settled).toBe('failed');
  });

  it('cuts a pending latency short', async () => {
    // Longer than the test may take: only a close that cuts it short lets the test finish.
    const doomed = await startFixedSimulator({ latencyMs: 600_000 });
    const pending = fetch(`${doomed.url}/call_queues`, { headers: { authorization: 'Bearer t' } }).catch(
      () => 'failed',
    );
    await eventually(() => doomed.countRequests() === 1);
    await doomed.close();
    expect(await pending).toBe('failed');
  });
});
