import { DEMO_TOKEN } from '../helpers/harness.js';
import { useHarness } from '../helpers/use-harness.js';

const R = '{ start: "2026-11-27T00:00:00Z", end: "2026-11-28T00:00:00Z" }';

describe('logs', () => {
  // Only the hung call should run out of time (a retried call would count twice); every answered
  // one is well inside a second.
  const harness = useHarness({ env: { UPSTREAM_TIMEOUT_MS: '1000' } });

  it('have one line per operation with name, duration, upstream calls and cache hits', async () => {
    const query = `query Board { queue(number: "8002") { summary(range: ${R}) { totalCalls } timeseries(range: ${R}) { time } } }`;
    const before = harness().logs.length;
    await harness().query(query, undefined, { operationName: 'Board' });
    await harness().query(query, undefined, { operationName: 'Board' });
    const lines = harness()
      .logs.slice(before)
      .filter((line) => line.msg === 'graphql operation');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ level: 30, operationName: 'Board', upstreamCalls: 2, cacheHits: 0, errors: [] });
    expect(lines[1]).toMatchObject({ operationName: 'Board', upstreamCalls: 0, cacheHits: 2 });
    expect(typeof lines[0]!.durationMs).toBe('number');
    expect(typeof lines[0]!.requestId).toBe('string');
  });

  it('log upstream calls at debug level', async () => {
    const before = harness().logs.length;
    await harness().query(`{ queueSummary(queues: ["8003"], range: ${R}) { totalCalls } }`);
    const calls = harness()
      .logs.slice(before)
      .filter((line) => line.msg === 'upstream call');
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ level: 20, upstream: { operation: 'queueSummary', method: 'POST', status: 200 } });
  });

  it('take the request id from x-request-id, return it and forward it upstream', async () => {
    harness().simulator.resetRequests();
    const reply = await harness().query(`{ queueSummary(queues: ["8004"], range: ${R}) { totalCalls } }`, undefined, {
      headers: { 'x-request-id': 'wallboard-42' },
    });
    expect(reply.headers.get('x-request-id')).toBe('wallboard-42');
    expect(harness().simulator.requests[0]!.headers['x-request-id']).toBe('wallboard-42');
    expect(harness().logs.filter((line) => line.requestId === 'wallboard-42').length).toBeGreaterThan(0);
  });

  it('make a request id when the client sends none, or an unusable one', async () => {
    const plain = await harness().query('{ __typename }');
    expect(plain.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const hostile = await harness().query('{ __typename }', undefined, {
      headers: { 'x-request-id': 'bad id\twith spaces' },
    });
    expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('never contain the Authorization header or the token, also when things fail', async () => {
    const secret = 'Bearer s3cr3t-t0ken-that-must-not-leak';
    harness().simulator.injectFault({ operationId: 'queueTimeseries', fault: { kind: 'status', status: 401 } });
    harness().simulator.injectFault({ operationId: 'agentSummary', fault: { kind: 'hang' } });
    harness().simulator.injectFault({ operationId: 'agentTimeseries', fault: { kind: 'malformed' } });
    await harness().query(
      `{ queue(number: "8000") { summary(range: ${R}) { totalCalls } timeseries(range: ${R}) { time }
         agent(number: "101") { summary(range: ${R}) { answeredCalls } timeseries(range: ${R}) { time } } } }`,
      undefined,
      { authorization: secret },
    );
    harness().simulator.clearFaults();
    const text = harness().rawLogs();
    expect(text).not.toContain('s3cr3t-t0ken');
    expect(text).not.toContain(DEMO_TOKEN.slice('Bearer '.length));
    expect(text).toContain('upstream call');
  });
});
