import { createClient } from '@keyv/redis';
import { freePort } from '../../bench/processes.js';
import { CACHE_SCHEMA_VERSION } from '../../src/cache/keys.js';
import { eventually } from '../helpers/eventually.js';
import { type Harness, startHarness } from '../helpers/harness.js';
import { useRedisServer } from '../helpers/redis-server.js';
import { startStallableProxy } from '../helpers/stallable-proxy.js';

const PAST = '{ start: "2026-11-20T00:00:00Z", end: "2026-11-21T00:00:00Z" }';

/** A real redis-server of this file's own, empty when it starts and stopped at the end. */
const server = useRedisServer();

/** Two gateway instances share entries through Redis, and two callers never do. */
describe('the Redis cache store', () => {
  let first: Harness;
  let second: Harness;
  let redis: ReturnType<typeof createClient>;

  beforeAll(async () => {
    const REDIS_URL = server().url;
    redis = createClient({ url: REDIS_URL });
    await redis.connect();
    first = await startHarness({ env: { REDIS_URL } });
    second = await startHarness({ env: { REDIS_URL }, existingSimulator: first.simulator });
  });
  afterAll(async () => {
    await second.close();
    await first.close();
    await redis.close();
  });
  beforeEach(() => first.simulator.resetRequests());

  /**
   * Resolves once `count` more entries than `before` are in Redis. An instance stores what it
   * fetched just after answering, so its caller can be told before the entry arrives.
   */
  const stored = (before: number, count: number) => eventually(async () => (await redis.dbSize()) >= before + count);

  it('lets a second instance answer from what the first fetched', async () => {
    const query = `{ queue(number: "8000") { summary(range: ${PAST}) { totalCalls } agent(number: "101") { summary(range: ${PAST}) { answeredCalls } } } }`;
    const before = await redis.dbSize();
    const fromFirst = await first.query(query);
    expect(first.simulator.requests).toHaveLength(2);
    await stored(before, 2);
    const fromSecond = await second.query(query);
    expect(fromSecond.body).toEqual(fromFirst.body);
    expect(first.simulator.requests).toHaveLength(2);
    const line = second.logs.filter((entry) => entry.msg === 'graphql operation').at(-1);
    expect(line).toMatchObject({ upstreamCalls: 0, cacheHits: 2 });
  });

  it('lets a second instance answer a repeated query whole, from the response the first stored', async () => {
    const query = `query Shared { queue(number: "8002") { summary(range: ${PAST}) { totalCalls } } }`;
    const fromFirst = await first.query(query);
    const fromSecond = await second.query(query);
    expect(fromSecond.body).toEqual(fromFirst.body);
    expect(fromSecond.headers.get('cache-control')).toMatch(/^private, max-age=\d+$/);
    expect(second.logs.filter((entry) => entry.msg === 'graphql operation').at(-1)).toMatchObject({
      operationName: 'Shared',
      responseCache: 'hit',
    });
  });

  it('never lets two callers share an entry, across instances', async () => {
    const query = `{ queue(number: "8001") { agent(number: "107") { summary(range: ${PAST}) { answeredCalls } } } }`;
    await first.query(query, undefined, { authorization: 'Bearer redis-caller-a' });
    await second.query(query, undefined, { authorization: 'Bearer redis-caller-b' });
    expect(first.simulator.requests.map((request) => request.headers.authorization)).toEqual([
      'Bearer redis-caller-a',
      'Bearer redis-caller-b',
    ]);
  });

  it('stores no token in any key or value', async () => {
    const before = await redis.dbSize();
    await first.query(`{ queueSummary(queues: ["8002"], range: ${PAST}) { totalCalls } }`, undefined, {
      authorization: 'Bearer redis-secret-token',
    });
    await stored(before, 1);
    const keys = await redis.keys('*');
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      expect(key).not.toContain('redis-secret-token');
      expect(key.startsWith(`dfgw::${CACHE_SCHEMA_VERSION}:`)).toBe(true);
      const value = await redis.get(key);
      expect(value ?? '').not.toContain('redis-secret-token');
    }
  });

  it('carries invalidation across instances', async () => {
    const me = { authorization: 'Bearer redis-mutation-caller' };
    const list = '{ reportJobs(first: 100) { nodes { id } } }';
    await second.query(list, undefined, me);
    // Kept whole (from the caller's second response on), and found by the other instance: what
    // the write must make unreachable.
    await second.query(list, undefined, me);
    await first.query(list, undefined, me);
    expect(first.logs.filter((line) => line.msg === 'graphql operation').at(-1)).toMatchObject({
      responseCache: 'hit',
    });
    const created = await first.query<{ createReportJob: { id: string } }>(
      'mutation { createReportJob(input: { type: NORMAL, format: CSV, scheduleName: "Shared", cronExpr: "0 1 * * *", recipients: ["ops@example.com"] }) { id } }',
      undefined,
      me,
    );
    const after = await second.query<{ reportJobs: { nodes: Array<{ id: string }> } }>(list, undefined, me);
    expect(after.body.data!.reportJobs.nodes.map((node) => node.id)).toContain(created.body.data!.createReportJob.id);
  });
});

/**
 * A stalled store never answers: a request that waited for it, or a stop that waited for its
 * goodbye, would never finish, and the test would fail by its timeout. So answering at all, and
 * stopping at all, is the proof; the log says which bound cut the wait short.
 */
describe('a Redis that stops answering', () => {
  it('costs each request at most the cache timeout, and the gateway still stops', async () => {
    const proxy = await startStallableProxy(server().port);
    const harness = await startHarness({ env: { REDIS_URL: `redis://127.0.0.1:${proxy.port}` } });
    try {
      const query = `{ queueSummary(queues: ["8003"], range: ${PAST}) { totalCalls } }`;
      expect((await harness.query(query)).body.errors).toBeUndefined();
      proxy.stall();
      const reply = await harness.query(`{ queueSummary(queues: ["8004"], range: ${PAST}) { totalCalls } }`);
      expect(reply.body.errors).toBeUndefined();
      expect(harness.logs).toContainEqual(
        expect.objectContaining({
          err: expect.objectContaining({ type: 'CacheTimeout', message: 'cache store did not answer within 250 ms' }),
        }),
      );
    } finally {
      await harness.close();
      await proxy.close();
    }
  });
});

describe('a Redis that is down', () => {
  it('makes the cache miss, not the gateway fail', async () => {
    const harness = await startHarness({ env: { REDIS_URL: `redis://127.0.0.1:${await freePort()}` } });
    try {
      const query = `{ queueSummary(queues: ["8000"], range: ${PAST}) { totalCalls } }`;
      const reply = await harness.query(query);
      expect(reply.body.errors).toBeUndefined();
      await harness.query(query);
      expect(harness.simulator.countRequests('queueSummary')).toBe(2);
    } finally {
      await harness.close();
    }
  });
});
