import { callerScope } from '../../src/cache/keys.js';
import { MemoryStore } from '../../src/cache/memory-store.js';
import { type SharedCache, StoreSharedCache } from '../../src/cache/shared-cache.js';
import { deferred } from '../helpers/deferred.js';
import { eventually } from '../helpers/eventually.js';
import { manualClock } from '../helpers/manual-clock.js';
import { quiet } from '../helpers/source-kit.js';
import { useHarness } from '../helpers/use-harness.js';

const PAST = '{ start: "2026-11-20T00:00:00Z", end: "2026-11-21T00:00:00Z" }';
const TODAY = '{ start: "2026-11-28T00:00:00Z", end: "2026-11-29T00:00:00Z" }';

/** The shared cache, counting the entries read through it: a hit reads no answer of its own. */
function countingCache(clock: { now: () => number }): SharedCache & { readonly reads: string[] } {
  const inner = new StoreSharedCache(
    new MemoryStore({ maxEntries: 10_000, maxBytes: 64 * 1024 * 1024 }, clock),
    quiet,
    3_600_000,
  );
  const reads: string[] = [];
  return Object.assign(Object.create(inner) as SharedCache, {
    reads,
    getText: (key: string) => {
      reads.push(key);
      return inner.getText(key);
    },
    get: <T>(key: string) => {
      reads.push(key);
      return inner.get<T>(key);
    },
  });
}

describe('the response cache', () => {
  const clock = manualClock();
  const cache = countingCache(clock);
  const harness = useHarness({
    now: clock.now,
    cache,
    env: { CACHE_TTL_LIVE_SECONDS: '15', CACHE_TTL_PAST_SECONDS: '300', UPSTREAM_RETRIES: '0' },
  });
  const operations = () => harness().logs.filter((line) => line.msg === 'graphql operation');
  const as = (caller: string) => ({ authorization: `Bearer response-cache-${caller}` });
  /** What the response cache did for each of the last `count` operations, oldest first. */
  const lastOutcomes = (count: number) =>
    operations()
      .slice(-count)
      .map((line) => line.responseCache);
  /** Creates a report job as `caller`; the response, for its id and headers. */
  const createJob = (scheduleName: string, caller: { authorization: string }) =>
    harness().query<{ createReportJob: { id: string } }>(
      `mutation { createReportJob(input: { type: NORMAL, format: CSV, scheduleName: "${scheduleName}", cronExpr: "5 4 * * *", recipients: ["ops@example.com"] }) { id } }`,
      undefined,
      caller,
    );

  it('answers a repeated query whole, without executing it again', async () => {
    const query = `query Board { queue(number: "8000") { summary(range: ${TODAY}) { totalCalls } agent(number: "101") { summary(range: ${PAST}) { answeredCalls } } } }`;
    const first = await harness().query(query, undefined, as('repeat'));
    // The caller's first response worth keeping starts its generation; the next one is kept.
    await harness().query(query, undefined, as('repeat'));
    expect(lastOutcomes(2)).toEqual(['miss', 'miss']);
    const before = { lines: operations().length, reads: cache.reads.length };
    const second = await harness().query(query, undefined, as('repeat'));
    expect(second.body).toEqual(first.body);
    expect(harness().simulator.requests).toHaveLength(2);
    // One read for the response, one for the caller's generation: none of the answers in it.
    expect(cache.reads.slice(before.reads).map((key) => key.split(':')[2])).toEqual(['response', 'generation']);
    expect(operations().slice(before.lines)).toEqual([
      expect.objectContaining({ operationName: 'Board', responseCache: 'hit', upstreamCalls: 0, cacheHits: 2 }),
    ]);
  });

  it('leaves nothing behind for a request it could not answer', async () => {
    const made = 'Bearer made-up';
    const broken = await fetch(harness().url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: made },
      body: '{',
    });
    expect(broken.status).toBe(400);
    expect(await cache.existingGeneration(callerScope(made), 'responses')).toBeUndefined();
    // A response worth keeping starts the caller's generation.
    await harness().query(`{ queueSummary(queues: ["8004"], range: ${PAST}) { totalCalls } }`, undefined, as('kept'));
    expect(await cache.existingGeneration(callerScope(as('kept').authorization), 'responses')).toBeDefined();
  });

  it('tells browsers the truth: private, for as long as its first answer stays fresh', async () => {
    const query = `{ queue(number: "8001") { summary(range: ${TODAY}) { totalCalls } agent(number: "107") { summary(range: ${PAST}) { answeredCalls } } } }`;
    const first = await harness().query(query, undefined, as('truth'));
    expect(first.headers.get('cache-control')).toBe('private, max-age=15');
    clock.advance(5_500);
    const hit = await harness().query(query, undefined, as('truth'));
    expect(hit.headers.get('cache-control')).toBe('private, max-age=9');
    // The same headers as when it was made, but for the date, the request id and the age.
    const apart = (headers: Headers) =>
      [...headers].filter(([name]) => !['date', 'x-request-id', 'cache-control'].includes(name));
    expect(apart(hit.headers)).toEqual(apart(first.headers));
    // A browser keys its cache by URL: the next person on it must not get this one's answer.
    expect(hit.headers.get('vary')).toBe('Authorization, Accept');
    expect(harness().simulator.requests).toHaveLength(2);
    // Once today's summary is stale the response is too: executed again, its past answer from the cache.
    clock.advance(9_500);
    const again = await harness().query(query, undefined, as('truth'));
    expect(again.headers.get('cache-control')).toBe('private, max-age=15');
    expect(harness().simulator.countRequests('queueSummary')).toBe(2);
    expect(harness().simulator.countRequests('agentSummary')).toBe(1);
    expect(operations().at(-1)).toMatchObject({ responseCache: 'miss', upstreamCalls: 1, cacheHits: 1 });
  });

  it('never answers one caller with what another was sent', async () => {
    const query = `{ queue(number: "8002") { agent(number: "113") { summary(range: ${PAST}) { answeredCalls } } } }`;
    const one = await harness().query(query, undefined, as('one'));
    await harness().query(query, undefined, as('one'));
    const two = await harness().query(query, undefined, as('two'));
    await harness().query(query, undefined, as('two'));
    expect((await harness().query(query, undefined, as('one'))).body).toEqual(one.body);
    expect((await harness().query(query, undefined, as('two'))).body).toEqual(two.body);
    expect(harness().simulator.requests.map((request) => request.headers.authorization)).toEqual([
      'Bearer response-cache-one',
      'Bearer response-cache-two',
    ]);
    // The second caller's first request was its own, though the first caller's response was kept.
    expect(lastOutcomes(6)).toEqual(['miss', 'miss', 'miss', 'miss', 'hit', 'hit']);
  });

  it('keeps apart what the Accept header negotiates', async () => {
    const query = `{ queueSummary(queues: ["8003"], range: ${PAST}) { totalCalls } }`;
    const plain = await harness().query(query, undefined, { ...as('accept'), headers: { accept: 'application/json' } });
    const modern = await harness().query(query, undefined, {
      ...as('accept'),
      headers: { accept: 'application/graphql-response+json' },
    });
    expect(plain.headers.get('content-type')).toMatch(/^application\/json/);
    expect(modern.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(lastOutcomes(2)).toEqual(['miss', 'miss']);
  });

  it('is invalidated for the caller by a mutation, at once', async () => {
    const me = as('mutation');
    const list = '{ reportJobs(first: 100) { nodes { id } } }';
    for (const caller of [me, as('bystander')]) {
      await harness().query(list, undefined, caller);
      await harness().query(list, undefined, caller);
    }
    // What the write must make unreachable: the caller's kept response.
    await harness().query(list, undefined, me);
    expect(lastOutcomes(1)).toEqual(['hit']);
    const created = await createJob('Fresh', me);
    expect(created.headers.get('cache-control')).toBe('no-store');
    const after = await harness().query<{ reportJobs: { nodes: Array<{ id: string }> } }>(list, undefined, me);
    expect(after.body.data!.reportJobs.nodes.map((node) => node.id)).toContain(created.body.data!.createReportJob.id);
    // Kept by the gateway, which hears of the caller's writes; a browser must ask again each time.
    expect(after.headers.get('cache-control')).toBe('private, no-cache');
    // The other caller's response is theirs, and still fresh, and said so from the cache too.
    const kept = await harness().query(list, undefined, as('bystander'));
    expect(lastOutcomes(2)).toEqual(['miss', 'hit']);
    expect(kept.headers.get('cache-control')).toBe('private, no-cache');
  });

  it('never keeps a response that a write overtook while it ran', async () => {
    const me = as('overtaken');
    const list = '{ reportJobs(first: 100) { nodes { id } } }';
    const release = deferred();
    harness().simulator.injectFault({
      operationId: 'listReportJobs',
      times: 1,
      fault: { kind: 'hold', until: release.promise },
    });
    const before = harness().query<{ reportJobs: { nodes: Array<{ id: string }> } }>(list, undefined, me);
    await eventually(() => harness().simulator.countRequests('listReportJobs') === 1);
    const created = await createJob('Racing', me);
    const id = created.body.data!.createReportJob.id;
    release.resolve();
    // Answered as of its arrival, before the write: right for that request, wrong for any later one.
    expect((await before).body.data!.reportJobs.nodes.map((node) => node.id)).not.toContain(id);
    const after = await harness().query<{ reportJobs: { nodes: Array<{ id: string }> } }>(list, undefined, me);
    expect(after.body.data!.reportJobs.nodes.map((node) => node.id)).toContain(id);
  });

  it('never keeps a response with an error in it', async () => {
    const query = `{ queue(number: "8004") { summary(range: ${PAST}) { totalCalls } agent(number: "119") { summary(range: ${PAST}) { answeredCalls } } } }`;
    harness().simulator.injectFault({ operationId: 'agentSummary', times: 1, fault: { kind: 'status', status: 500 } });
    const partial = await harness().query(query, undefined, as('partial'));
    expect(partial.body.errors).toHaveLength(1);
    expect(partial.body.data).not.toBeNull();
    expect(partial.headers.get('cache-control')).toBe('no-store');
    const whole = await harness().query(query, undefined, as('partial'));
    expect(whole.body.errors).toBeUndefined();
    expect(lastOutcomes(2)).toEqual(['miss', 'miss']);
  });

  it('never keeps a stale answer as fresh', async () => {
    const query = `{ queueSummary(queues: ["8000"], range: ${TODAY}) { totalCalls } }`;
    await harness().query(query, undefined, as('stale'));
    harness().simulator.injectFault({ operationId: 'queueSummary', fault: { kind: 'status', status: 503 } });
    clock.advance(15_000);
    const stale = await harness().query(query, undefined, as('stale'));
    expect(stale.body.extensions).toMatchObject({ staleData: [{ operation: 'queueSummary' }] });
    expect(stale.headers.get('cache-control')).toBe('no-store');
    const again = await harness().query(query, undefined, as('stale'));
    expect(again.body.extensions).toMatchObject({ staleData: [{ operation: 'queueSummary' }] });
    expect(lastOutcomes(2)).toEqual(['miss', 'miss']);
  });

  it('keeps nothing that no upstream answer bounds, and nothing sent without a JSON POST', async () => {
    const typename = await harness().query('{ __typename }', undefined, as('unbounded'));
    expect(typename.headers.get('cache-control')).toBe('no-store');
    expect(typename.headers.get('vary')).toBeNull();
    const query = `{ queueSummary(queues: ["8001"], range: ${PAST}) { totalCalls } }`;
    const url = `${harness().url}?query=${encodeURIComponent(query)}`;
    const get = () =>
      fetch(url, { headers: { ...as('get'), 'apollo-require-preflight': 'true' } }).then(async (reply) => ({
        cacheControl: reply.headers.get('cache-control'),
        body: await reply.json(),
      }));
    const first = await get();
    expect(first.cacheControl).toBe('private, max-age=15');
    expect(await get()).toEqual(first);
    expect(lastOutcomes(2)).toEqual(['miss', 'miss']);
  });
});

describe('with CACHE_RESPONSES=false', () => {
  const harness = useHarness({ env: { CACHE_RESPONSES: 'false' } });

  it('answers a repeated query from cached answers, executing it again', async () => {
    const query = `{ queueSummary(queues: ["8000"], range: ${PAST}) { totalCalls } }`;
    await harness().query(query);
    const second = await harness().query(query);
    expect(second.headers.get('cache-control')).toMatch(/^private, max-age=\d+$/);
    expect(harness().simulator.requests).toHaveLength(1);
    expect(
      harness()
        .logs.filter((line) => line.msg === 'graphql operation')
        .at(-1),
    ).toMatchObject({
      responseCache: 'miss',
      cacheHits: 1,
    });
  });
});

describe('with CACHE_ENABLED=false', () => {
  const harness = useHarness({ env: { CACHE_ENABLED: 'false' } });

  it('keeps no response, and says so', async () => {
    const query = `{ queueSummary(queues: ["8000"], range: ${PAST}) { totalCalls } }`;
    const first = await harness().query(query);
    await harness().query(query);
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect(harness().simulator.requests).toHaveLength(2);
  });
});
