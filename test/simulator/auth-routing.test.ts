import type { DataflowSimulator } from '../../simulator/index.js';
import { call, expectError, startFixedSimulator } from './sim-client.js';

let sim: DataflowSimulator;
beforeAll(async () => {
  sim = await startFixedSimulator();
});
afterAll(() => sim.close());

describe('authentication', () => {
  it('answers 401 with the error JSON when the Authorization header is missing', async () => {
    const message = expectError(await call(sim, 'GET', '/dataflow/report_jobs', { token: null }), 401, 'UNKNOWN');
    expect(message).toMatch(/bearer token/);
  });

  it('answers 401 for a non-bearer scheme or an empty token', async () => {
    for (const authorization of ['Basic dXNlcjpwYXNz', 'Bearer ', 'Bearer']) {
      const result = await call(sim, 'GET', '/dataflow/report_jobs', { token: null, headers: { authorization } });
      expectError(result, 401, 'UNKNOWN');
    }
  });

  it('accepts any non-empty bearer token, whatever the scheme case', async () => {
    const result = await call(sim, 'GET', '/call_queues', {
      token: null,
      headers: { authorization: 'bearer anything-at-all' },
    });
    expect(result.status).toBe(200);
  });
});

describe('routing', () => {
  it('answers 404 with code UNKNOWN for an unknown path', async () => {
    expectError(await call(sim, 'GET', '/dataflow/nothing_here'), 404, 'UNKNOWN');
    expectError(await call(sim, 'POST', '/dataflow/queues/summary/extra', { body: {} }), 404, 'UNKNOWN');
  });

  it('answers 405 with an Allow header for a wrong method on a known path', async () => {
    const result = await call(sim, 'GET', '/dataflow/queues/summary');
    expectError(result, 405, 'UNKNOWN');
    expect(result.headers.get('allow')).toBe('POST');
    const jobs = await call(sim, 'DELETE', '/dataflow/report_jobs/abc');
    expectError(jobs, 405, 'UNKNOWN');
    expect(jobs.headers.get('allow')).toBe('GET, POST');
  });

  it('serves everything under /api', async () => {
    const response = await fetch(sim.url.replace(/\/api$/, '') + '/dataflow/report_jobs', {
      headers: { authorization: 'Bearer t' },
    });
    expect(response.status).toBe(404);
    expect(sim.url).toBe(`http://127.0.0.1:${sim.port}/api`);
  });

  it('rejects a body that is not JSON with 400', async () => {
    const message = expectError(
      await call(sim, 'POST', '/dataflow/queues/summary', { body: '{"queues": [' }),
      400,
      'VALIDATE_FAILED',
    );
    expect(message).toBe('request body is not valid JSON');
  });
});
