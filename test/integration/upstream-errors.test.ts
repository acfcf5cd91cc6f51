import { startHarness } from '../helpers/harness.js';
import { useHarness } from '../helpers/use-harness.js';

const R = '{ start: "2026-11-27T00:00:00Z", end: "2026-11-28T00:00:00Z" }';
const TWO_FIELDS = `{ queue(number: "8000") { summary(range: ${R}) { totalCalls } timeseries(range: ${R}) { time } } }`;

describe('upstream failures', () => {
  // Only the hung call should run out of time; every answered one is well inside a second.
  const harness = useHarness({ env: { UPSTREAM_TIMEOUT_MS: '1000', CACHE_ENABLED: 'false' } });

  it.each([
    [401, 'UNAUTHENTICATED'],
    [403, 'FORBIDDEN'],
    [500, 'UPSTREAM_UNAVAILABLE'],
    [503, 'UPSTREAM_UNAVAILABLE'],
    [418, 'UPSTREAM_ERROR'],
  ])('%i becomes %s on that field only, the rest still served', async (status, code) => {
    harness().simulator.injectFault({ operationId: 'queueSummary', fault: { kind: 'status', status } });
    const reply = await harness().query<{ queue: { summary: unknown; timeseries: unknown[] } }>(TWO_FIELDS);
    expect(reply.status).toBe(200);
    expect(reply.body.data!.queue.summary).toBeNull();
    expect(reply.body.data!.queue.timeseries).toHaveLength(24);
    expect(reply.body.errors).toHaveLength(1);
    expect(reply.body.errors![0]).toMatchObject({
      path: ['queue', 'summary'],
      extensions: { code, upstream: { operation: 'queueSummary', status } },
    });
    expect(JSON.stringify(reply.body)).not.toContain('"errors":[{"code"');
  });

  it("400 VALIDATE_FAILED becomes BAD_USER_INPUT carrying Dataflow's message", async () => {
    const reply = await harness().query(`{ queue(number: "7777") { summary(range: ${R}) { totalCalls } } }`);
    expect(reply.body.errors![0]).toMatchObject({
      message: expect.stringMatching(/^Dataflow rejected the request: .*7777/),
      extensions: { code: 'BAD_USER_INPUT', upstream: { operation: 'queueSummary', status: 400 } },
    });
  });

  it('a hung upstream times out on that field with UPSTREAM_UNAVAILABLE', async () => {
    harness().simulator.injectFault({ operationId: 'queueTimeseries', fault: { kind: 'hang' } });
    const reply = await harness().query<{ queue: { summary: { totalCalls: number }; timeseries: null } }>(TWO_FIELDS);
    expect(reply.body.data!.queue.summary.totalCalls).toBeGreaterThanOrEqual(0);
    expect(reply.body.data!.queue.timeseries).toBeNull();
    expect(reply.body.errors![0]).toMatchObject({
      message: 'Dataflow did not answer queueTimeseries within 1000 ms',
      extensions: { code: 'UPSTREAM_UNAVAILABLE', upstream: { operation: 'queueTimeseries', timeout: true } },
    });
  });

  it('a connection reset on every attempt is UPSTREAM_UNAVAILABLE', async () => {
    harness().simulator.injectFault({ operationId: 'queueSummary', fault: { kind: 'reset' } });
    const reply = await harness().query(TWO_FIELDS);
    expect(reply.body.errors![0]!.extensions).toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      upstream: { operation: 'queueSummary' },
    });
  });

  it('malformed JSON is UPSTREAM_ERROR on that field, never a crash', async () => {
    harness().simulator.injectFault({ operationId: 'queueSummary', fault: { kind: 'malformed' } });
    const reply = await harness().query<{ queue: { timeseries: unknown[] } }>(TWO_FIELDS);
    expect(reply.body.errors![0]).toMatchObject({
      message: 'Dataflow answered queueSummary with malformed JSON',
      extensions: { code: 'UPSTREAM_ERROR' },
    });
    expect(reply.body.data!.queue.timeseries).toHaveLength(24);
  });

  it('404 on a single-resource lookup is null without an error', async () => {
    const reply = await harness().query('{ reportJob(id: "does-not-exist") { id } }');
    expect(reply.body).toEqual({ data: { reportJob: null } });
  });

  it('an unreachable Dataflow is UPSTREAM_UNAVAILABLE and the gateway stays up', async () => {
    const dead = await startHarness();
    await dead.simulator.close();
    const reply = await dead.query(`{ queueSummary(queues: ["8000"], range: ${R}) { totalCalls } }`);
    expect(reply.body.errors![0]!.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    expect(reply.body.errors![0]!.message).toMatch(/could not be reached/);
    const health = await fetch(dead.url.replace('/graphql', '/healthz'));
    expect(health.status).toBe(200);
    await dead.gateway.stop();
  });
});

describe('credentials', () => {
  const harness = useHarness();

  it('a missing Authorization header is UNAUTHENTICATED (401) before any upstream call', async () => {
    const reply = await harness().query(`{ queueSummary(queues: ["8000"], range: ${R}) { totalCalls } }`, undefined, {
      authorization: null,
    });
    expect(reply.status).toBe(401);
    expect(reply.body.errors![0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(harness().simulator.requests).toHaveLength(0);
  });

  it('introspection needs no credentials', async () => {
    const reply = await harness().query('{ __schema { queryType { name } } }', undefined, { authorization: null });
    expect(reply.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  it('the Authorization header is forwarded as given', async () => {
    await harness().query(`{ queueSummary(queues: ["8000"], range: ${R}) { totalCalls } }`, undefined, {
      authorization: 'Bearer forwarded-token',
    });
    expect(harness().simulator.requests[0]!.headers.authorization).toBe('Bearer forwarded-token');
  });
});

describe('in production', () => {
  const harness = useHarness({ env: { NODE_ENV: 'production' } });

  it('no error carries a stack trace', async () => {
    harness().simulator.injectFault({ fault: { kind: 'status', status: 500 } });
    const failed = await harness().query(`{ queueSummary(queues: ["8000"], range: ${R}) { totalCalls } }`);
    const invalid = await harness().query(
      '{ queueSummary(queues: ["8000"], range: { start: "x", end: "y" }) { totalCalls } }',
    );
    const unknownField = await harness().query('{ nope }');
    for (const reply of [failed, invalid, unknownField]) {
      expect(reply.body.errors!.length).toBeGreaterThan(0);
      expect(JSON.stringify(reply.body)).not.toMatch(/stacktrace|at .*\.js:\d+/);
    }
  });
});

describe('upstream bodies', () => {
  const harness = useHarness({ env: { CACHE_ENABLED: 'false', UPSTREAM_RETRIES: '0' } });

  it.each([500, 503, 418, 403])('never reach the client (status %i)', async (status) => {
    const body = JSON.stringify({
      errors: [{ code: 'UNKNOWN', message: 'SENTINEL internal detail: db01.corp password=hunter2' }],
    });
    harness().simulator.injectFault({ operationId: 'queueSummary', fault: { kind: 'status', status, body } });
    const reply = await harness().query(`{ queueSummary(queues: ["8000"], range: ${R}) { totalCalls } }`);
    expect(reply.body.errors).toHaveLength(1);
    expect(JSON.stringify(reply.body)).not.toMatch(/SENTINEL|hunter2|db01/);
  });

  it('pass on only the message of a VALIDATE_FAILED, which Dataflow writes for the caller', async () => {
    const body = JSON.stringify({
      errors: [{ code: 'VALIDATE_FAILED', message: 'queue 8000 is archived', detail: { secret: 'SENTINEL' } }],
    });
    harness().simulator.injectFault({ operationId: 'queueSummary', fault: { kind: 'status', status: 400, body } });
    const reply = await harness().query(`{ queueSummary(queues: ["8000"], range: ${R}) { totalCalls } }`);
    expect(reply.body.errors![0]!.message).toBe('Dataflow rejected the request: queue 8000 is archived');
    expect(JSON.stringify(reply.body)).not.toContain('SENTINEL');
  });
});

describe('64-bit ids in variables', () => {
  const harness = useHarness({ env: { CACHE_ENABLED: 'false' } });

  it('keep every digit when a client sends them as bare JSON numbers in a POST body', async () => {
    const response = await fetch(harness().url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer digits' },
      body: '{"query":"query($t: [ID!]) { callVolume(range: { start: \\"2026-11-20T00:00:00Z\\", end: \\"2026-11-27T00:00:00Z\\" }, tenants: $t) { total } }","variables":{"t":[1030655834964623401]}}',
    });
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    expect(harness().simulator.requests[0]!.body).toContain('"tenants":[1030655834964623401]');
  });

  it('are refused when a GET query string has already rounded them', async () => {
    const variables = encodeURIComponent('{"id": 1040099039043375618}');
    const query = encodeURIComponent('query($id: ID!) { callSession(sessionId: $id) { sessionId } }');
    const response = await fetch(`${harness().url}?query=${query}&variables=${variables}`, {
      headers: { authorization: 'Bearer digits', 'apollo-require-preflight': 'true' },
    });
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(response.status).toBe(400);
    expect(body.errors[0]).toMatchObject({
      message: expect.stringMatching(/^variables\.id: an integer beyond 2\^53/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(harness().simulator.requests).toHaveLength(0);
  });
});
