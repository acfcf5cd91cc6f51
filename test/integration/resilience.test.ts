import { jest } from '@jest/globals';
import { deferred } from '../helpers/deferred.js';
import { eventually } from '../helpers/eventually.js';
import { fakeTimersOnly } from '../helpers/fake-timers.js';
import { manualClock } from '../helpers/manual-clock.js';
import { useHarness } from '../helpers/use-harness.js';

const R = '{ start: "2026-11-20T00:00:00Z", end: "2026-11-21T00:00:00Z" }';
const SUMMARY = `{ queueSummary(queues: ["8000"], range: ${R}) { totalCalls } }`;
const AGENT = `{ queue(number: "8000") { agent(number: "101") { summary(range: ${R}) { answeredCalls } } } }`;

describe('retries of reads', () => {
  // Long enough for any answer that comes; only the attempt that is never answered runs it out.
  const harness = useHarness({ env: { CACHE_ENABLED: 'false', UPSTREAM_TIMEOUT_MS: '2000', UPSTREAM_RETRIES: '2' } });

  it.each([502, 503, 504])('recover from a passing %i, with backoff', async (status) => {
    harness().simulator.injectFault({ operationId: 'queueSummary', times: 2, fault: { kind: 'status', status } });
    const reply = await harness().query(SUMMARY);
    expect(reply.body.errors).toBeUndefined();
    const attempts = harness().simulator.requests.map((request) => request.at);
    expect(attempts).toHaveLength(3);
    expect(attempts[1]! - attempts[0]!).toBeGreaterThan(0);
  });

  it('recover from a reset connection and from a timed-out attempt', async () => {
    harness().simulator.injectFault({ operationId: 'queueSummary', times: 1, fault: { kind: 'reset' } });
    harness().simulator.injectFault({ operationId: 'queueSummary', times: 1, fault: { kind: 'hang' } });
    const reply = await harness().query(SUMMARY);
    expect(reply.body.errors).toBeUndefined();
    expect(harness().simulator.countRequests('queueSummary')).toBe(3);
  });

  it('are not made for other statuses', async () => {
    harness().simulator.injectFault({ operationId: 'queueSummary', fault: { kind: 'status', status: 500 } });
    const reply = await harness().query(SUMMARY);
    expect(reply.body.errors![0]!.extensions).toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      upstream: { status: 500 },
    });
    expect(harness().simulator.countRequests('queueSummary')).toBe(1);
  });

  it('are bounded in number', async () => {
    harness().simulator.injectFault({ operationId: 'queueSummary', fault: { kind: 'status', status: 503 } });
    const reply = await harness().query(SUMMARY);
    expect(reply.body.errors![0]!.extensions).toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      upstream: { status: 503 },
    });
    expect(harness().simulator.countRequests('queueSummary')).toBe(3);
  });

  it('are never made for mutations', async () => {
    harness().simulator.injectFault({ operationId: 'createReportJob', fault: { kind: 'status', status: 503 } });
    const reply = await harness().query(
      'mutation { createReportJob(input: { type: NORMAL, format: CSV, scheduleName: "Once", cronExpr: "0 1 * * *", recipients: ["ops@example.com"] }) { id } }',
    );
    expect(reply.body.errors![0]!.extensions).toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      upstream: { operation: 'createReportJob', status: 503 },
    });
    expect(harness().simulator.countRequests('createReportJob')).toBe(1);
  });
});

describe('the deadline of a read', () => {
  const harness = useHarness({
    env: { CACHE_ENABLED: 'false', UPSTREAM_TIMEOUT_MS: '500', UPSTREAM_DEADLINE_MS: '2000', UPSTREAM_RETRIES: '10' },
  });

  it('covers every attempt: a hung upstream holds the client no longer than the deadline', async () => {
    // The first attempt fails at once, so a retry is under way well inside the deadline.
    harness().simulator.injectFault({ operationId: 'queueSummary', times: 1, fault: { kind: 'status', status: 503 } });
    harness().simulator.injectFault({ operationId: 'queueSummary', fault: { kind: 'hang' } });
    const reply = await harness().query(SUMMARY);
    expect(reply.body.errors![0]).toMatchObject({
      message: 'Dataflow did not answer queueSummary within 2000 ms',
      extensions: { code: 'UPSTREAM_UNAVAILABLE', upstream: { operation: 'queueSummary', timeout: true } },
    });
    // A hung attempt gives way to the next only after its 500 ms, so at most five start within
    // 2000 ms. Without the deadline all eleven would be made, the last 4.5 s in, before answering.
    const attempts = harness().simulator.countRequests('queueSummary');
    expect(attempts).toBeGreaterThanOrEqual(2);
    expect(attempts).toBeLessThanOrEqual(5);
  });
});

describe('the circuit of a failing function', () => {
  const harness = useHarness({
    env: {
      CACHE_ENABLED: 'false',
      UPSTREAM_RETRIES: '0',
      UPSTREAM_BREAKER_MIN_CALLS: '4',
      UPSTREAM_BREAKER_RESET_MS: '500',
    },
  });

  // The circuit's reset period runs on a fake clock (opossum's timers); sockets, DataLoader's
  // batches and everything else run for real. Open until told otherwise, however slow the machine.
  afterEach(() => jest.useRealTimers());

  it('opens after repeated outages, fails fast without calling, and closes after a good probe', async () => {
    fakeTimersOnly();
    harness().simulator.injectFault({ operationId: 'agentSummary', fault: { kind: 'status', status: 503 } });
    for (let attempt = 0; attempt < 4; attempt += 1) await harness().query(AGENT);
    expect(harness().simulator.countRequests('agentSummary')).toBe(4);

    const open = await harness().query<{ queue: { agent: { summary: unknown } } }>(`{
      queue(number: "8000") { agent(number: "101") { summary(range: ${R}) { answeredCalls } } summary(range: ${R}) { totalCalls } } }`);
    expect(harness().simulator.countRequests('agentSummary')).toBe(4);
    expect(open.body.errors![0]).toMatchObject({
      message: expect.stringContaining('circuit open'),
      extensions: { code: 'UPSTREAM_UNAVAILABLE', upstream: { operation: 'agentSummary', circuit: 'open' } },
    });
    // Other functions are not affected.
    expect(open.body.data).toMatchObject({ queue: { summary: { totalCalls: expect.any(Number) } } });

    harness().simulator.clearFaults();
    jest.advanceTimersByTime(499);
    const stillOpen = await harness().query(AGENT);
    expect(stillOpen.body.errors![0]!.extensions).toMatchObject({
      upstream: { operation: 'agentSummary', circuit: 'open' },
    });
    expect(harness().simulator.countRequests('agentSummary')).toBe(4);
    jest.advanceTimersByTime(1);
    const probe = await harness().query(AGENT);
    expect(probe.body.errors).toBeUndefined();
    const after = await harness().query(AGENT);
    expect(after.body.errors).toBeUndefined();
    expect(harness().simulator.countRequests('agentSummary')).toBe(6);
  });

  it('is not opened by answers that say nothing of its health (400, 401, 404)', async () => {
    for (let attempt = 0; attempt < 3; attempt += 1)
      await harness().query(`{ queue(number: "7777") { summary(range: ${R}) { totalCalls } } }`);
    harness().simulator.injectFault({ operationId: 'queueSummary', times: 3, fault: { kind: 'status', status: 401 } });
    harness().simulator.injectFault({ operationId: 'queueSummary', times: 3, fault: { kind: 'status', status: 404 } });
    const codes: unknown[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1)
      codes.push((await harness().query(SUMMARY)).body.errors?.[0]?.extensions?.code);
    expect(codes).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'NOT_FOUND',
      'NOT_FOUND',
      'NOT_FOUND',
    ]);
    expect(harness().simulator.countRequests('queueSummary')).toBe(9);
    const reply = await harness().query(SUMMARY);
    expect(reply.body.errors).toBeUndefined();
    expect(harness().simulator.countRequests('queueSummary')).toBe(10);
  });
});

describe('a rate limit', () => {
  const harness = useHarness({
    env: { CACHE_ENABLED: 'false', UPSTREAM_RETRIES: '0', UPSTREAM_BREAKER_MIN_CALLS: '4' },
  });

  it("on one caller's token does not open the function's circuit for the others", async () => {
    harness().simulator.injectFault({ operationId: 'agentSummary', times: 8, fault: { kind: 'status', status: 429 } });
    for (let attempt = 0; attempt < 8; attempt += 1) {
      const reply = await harness().query(AGENT, undefined, { authorization: 'Bearer busy-partner' });
      expect(reply.body.errors![0]!.extensions).toMatchObject({
        code: 'UPSTREAM_UNAVAILABLE',
        upstream: { status: 429 },
      });
    }
    const other = await harness().query(AGENT, undefined, { authorization: 'Bearer wallboard' });
    expect(other.body.errors).toBeUndefined();
  });
});

describe('stale answers when Dataflow fails', () => {
  const clock = manualClock();
  const harness = useHarness({
    now: clock.now,
    env: { CACHE_TTL_PAST_SECONDS: '1', CACHE_STALE_IF_ERROR_SECONDS: '60', UPSTREAM_RETRIES: '0' },
  });

  it('serve a recently expired entry and say so in the response extensions', async () => {
    const fresh = await harness().query(AGENT);
    clock.advance(30_000);
    harness().simulator.injectFault({ operationId: 'agentSummary', fault: { kind: 'status', status: 503 } });
    const stale = await harness().query(AGENT);
    expect(stale.body.errors).toBeUndefined();
    expect(stale.body.data).toEqual(fresh.body.data);
    expect(stale.body.extensions).toMatchObject({
      staleData: [{ operation: 'agentSummary', ageSeconds: 30, reason: expect.stringContaining('503') }],
    });
    expect(harness().simulator.countRequests('agentSummary')).toBe(2);
  });

  it('are not served for a client error such as 401', async () => {
    const query = `{ queue(number: "8001") { agent(number: "107") { summary(range: ${R}) { answeredCalls } } } }`;
    await harness().query(query);
    clock.advance(30_000);
    harness().simulator.injectFault({ operationId: 'agentSummary', fault: { kind: 'status', status: 401 } });
    const reply = await harness().query(query);
    expect(reply.body.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(reply.body.extensions).toBeUndefined();
  });

  it('are an error when nothing was cached', async () => {
    harness().simulator.injectFault({ operationId: 'agentSummary', fault: { kind: 'status', status: 503 } });
    const reply = await harness().query(
      `{ queue(number: "8002") { agent(number: "113") { summary(range: ${R}) { answeredCalls } } } }`,
    );
    expect(reply.body.errors![0]!.extensions!.code).toBe('UPSTREAM_UNAVAILABLE');
  });
});

describe('coalescing', () => {
  const harness = useHarness({ env: { CACHE_ENABLED: 'false' } });

  /** Agent 101's summary, the same read in every operation, beside a timeseries of its own day. */
  const sharedAndOwn = (day: number) => {
    const own = `{ start: "2026-11-${String(day).padStart(2, '0')}T00:00:00Z", end: "2026-11-${String(day + 1).padStart(2, '0')}T00:00:00Z" }`;
    return `{ queue(number: "8000") { agent(number: "101") { summary(range: ${R}) { answeredCalls } timeseries(range: ${own}) { time } } } }`;
  };

  it('makes identical reads in flight from different operations of one caller once', async () => {
    // The summary is held unanswered until all 20 operations have asked for it. An operation's
    // own timeseries goes out together with its summary read, which joins (or starts) the flight
    // before anything reaches Dataflow; so all 20 timeseries in means all 20 have asked.
    const release = deferred();
    harness().simulator.injectFault({ operationId: 'agentSummary', fault: { kind: 'hold', until: release.promise } });
    const replies = Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        harness().query<{ queue: { agent: { summary: unknown } } }>(sharedAndOwn(index + 1)),
      ),
    );
    await eventually(() => harness().simulator.countRequests('agentTimeseries') === 20);
    release.resolve();
    const summaries = (await replies).map((reply) => reply.body.data!.queue.agent.summary);
    for (const summary of summaries) expect(summary).toEqual(summaries[0]);
    expect(harness().simulator.countRequests('agentSummary')).toBe(1);
    const lines = harness()
      .logs.filter((line) => line.msg === 'graphql operation')
      .slice(-20);
    expect(lines.reduce((sum, line) => sum + (line.coalesced as number), 0)).toBe(19);
  });

  it('never shares between callers', async () => {
    // Held until all three are in: had they shared one, the other two would never come.
    const release = deferred();
    harness().simulator.injectFault({ operationId: 'agentSummary', fault: { kind: 'hold', until: release.promise } });
    const replies = Promise.all(
      ['a', 'b', 'c'].map((caller) =>
        harness().query(AGENT, undefined, { authorization: `Bearer coalesce-${caller}` }),
      ),
    );
    await eventually(() => harness().simulator.countRequests('agentSummary') === 3);
    release.resolve();
    for (const reply of await replies) expect(reply.body.errors).toBeUndefined();
    expect(harness().simulator.countRequests('agentSummary')).toBe(3);
  });
});

describe('the connection pool', () => {
  const harness = useHarness({
    env: { CACHE_ENABLED: 'false', UPSTREAM_MAX_CONNECTIONS: '2' },
    simulator: { latencyMs: 100 },
  });

  it('bounds the upstream requests in flight at once', async () => {
    const reply = await harness().query(`{ queue(number: "8000") {
      summary(range: ${R}) { totalCalls } timeseries(range: ${R}) { time }
      agents(numbers: ["101", "102", "103"]) { summary(range: ${R}) { answeredCalls } } } }`);
    expect(reply.body.errors).toBeUndefined();
    const arrivals = harness()
      .simulator.requests.map((request) => request.at)
      .sort((a, b) => a - b);
    expect(arrivals).toHaveLength(5);
    // With two connections, a third request can start only once the first has been answered.
    for (let index = 2; index < arrivals.length; index += 1)
      expect(arrivals[index]! - arrivals[index - 2]!).toBeGreaterThanOrEqual(90);
  });
});

describe('the connection pool by default', () => {
  const harness = useHarness({ env: { CACHE_ENABLED: 'false' } });
  const LAST_WEEK = { start: '2026-11-21T00:00:00Z', end: '2026-11-28T15:30:00Z' };

  it('sends the details of a page of 100 rows in one wave', async () => {
    // Each details answer takes a second: a request that had to wait for a connection would
    // arrive a second after the first ones, however busy the machine is.
    harness().simulator.injectFault({ operationId: 'callDetails', fault: { kind: 'latency', ms: 1000 } });
    const reply = await harness().query(
      'query($f: CallHistoryFilter!) { callHistory(filter: $f, first: 100) { nodes { details { callId } } } }',
      { f: { range: LAST_WEEK } },
    );
    expect(reply.body.errors).toBeUndefined();
    const arrivals = harness()
      .simulator.requests.filter((request) => request.operationId === 'callDetails')
      .map((request) => request.at);
    expect(arrivals).toHaveLength(100);
    expect(Math.max(...arrivals) - Math.min(...arrivals)).toBeLessThan(1000);
  });
});

describe('a slow upstream', () => {
  const harness = useHarness({ env: { CACHE_ENABLED: 'false' } });

  it('within the timeout is simply waited for', async () => {
    harness().simulator.injectFault({ operationId: 'queueSummary', fault: { kind: 'latency', ms: 400 } });
    const started = performance.now();
    const reply = await harness().query(SUMMARY);
    expect(reply.body.errors).toBeUndefined();
    expect(performance.now() - started).toBeGreaterThanOrEqual(400);
    expect(harness().simulator.countRequests('queueSummary')).toBe(1);
  });
});
