import { deferred } from '../helpers/deferred.js';
import { eventually } from '../helpers/eventually.js';
import { manualClock } from '../helpers/manual-clock.js';
import { useHarness } from '../helpers/use-harness.js';

const PAST = '{ start: "2026-11-20T00:00:00Z", end: "2026-11-21T00:00:00Z" }';
const TODAY = '{ start: "2026-11-28T00:00:00Z", end: "2026-11-29T00:00:00Z" }';

describe('the shared cache', () => {
  const clock = manualClock();
  const harness = useHarness({ now: clock.now, env: { CACHE_TTL_LIVE_SECONDS: '1' } });

  it('serves a repeated request without calling upstream', async () => {
    const query = `{ queue(number: "8000") { agent(number: "102") { summary(range: ${PAST}) { answeredCalls } } } }`;
    const first = await harness().query(query);
    const second = await harness().query(query);
    expect(second.body).toEqual(first.body);
    expect(harness().simulator.countRequests('agentSummary')).toBe(1);
  });

  it('never shares an entry between callers', async () => {
    const query = `{ queue(number: "8001") { agent(number: "107") { summary(range: ${PAST}) { answeredCalls } } } }`;
    await harness().query(query, undefined, { authorization: 'Bearer caller-one' });
    await harness().query(query, undefined, { authorization: 'Bearer caller-two' });
    await harness().query(query, undefined, { authorization: 'Bearer caller-one' });
    expect(harness().simulator.countRequests('agentSummary')).toBe(2);
    expect(harness().simulator.requests.map((request) => request.headers.authorization)).toEqual([
      'Bearer caller-one',
      'Bearer caller-two',
    ]);
  });

  it('never stores an error', async () => {
    const query = `{ queue(number: "8002") { agent(number: "113") { summary(range: ${PAST}) { answeredCalls } } } }`;
    harness().simulator.injectFault({ operationId: 'agentSummary', times: 1, fault: { kind: 'status', status: 500 } });
    const failed = await harness().query(query);
    expect(failed.body.errors![0]!.extensions!.code).toBe('UPSTREAM_UNAVAILABLE');
    const recovered = await harness().query(query);
    expect(recovered.body.errors).toBeUndefined();
    expect(harness().simulator.countRequests('agentSummary')).toBe(2);
  });

  it('keeps ranges that reach the present only briefly', async () => {
    const query = `{ queue(number: "8003") { agent(number: "117") { summary(range: ${TODAY}) { answeredCalls } } } }`;
    await harness().query(query);
    clock.advance(999);
    await harness().query(query);
    expect(harness().simulator.countRequests('agentSummary')).toBe(1);
    clock.advance(1);
    await harness().query(query);
    expect(harness().simulator.countRequests('agentSummary')).toBe(2);
  });

  it('is invalidated for the caller by a mutation: a created job is in the very next list', async () => {
    const me = { authorization: 'Bearer cache-mutation-suite' };
    const list = '{ reportJobs(first: 100) { nodes { id } } }';
    await harness().query(list, undefined, me);
    await harness().query(list, undefined, me);
    expect(harness().simulator.countRequests('listReportJobs')).toBe(1);
    const created = await harness().query<{ createReportJob: { id: string } }>(
      'mutation { createReportJob(input: { type: NORMAL, format: CSV, scheduleName: "Fresh", cronExpr: "5 4 * * *", recipients: ["ops@example.com"] }) { id } }',
      undefined,
      me,
    );
    const after = await harness().query<{ reportJobs: { nodes: Array<{ id: string }> } }>(list, undefined, me);
    expect(after.body.data!.reportJobs.nodes.map((node) => node.id)).toContain(created.body.data!.createReportJob.id);
  });
});

describe('cache classes', () => {
  const clock = manualClock();
  const harness = useHarness({
    now: clock.now,
    env: {
      CACHE_TTL_LIVE_SECONDS: '1',
      CACHE_TTL_PAST_SECONDS: '300',
      CACHE_STALE_IF_ERROR_SECONDS: '60',
      UPSTREAM_RETRIES: '0',
    },
  });

  it('keep a queue summary briefly even for a past range: it carries "now" figures', async () => {
    const query = `{ queueSummary(queues: ["8001"], range: ${PAST}) { waitingCalls } }`;
    await harness().query(query);
    clock.advance(999);
    await harness().query(query);
    expect(harness().simulator.countRequests('queueSummary')).toBe(1);
    clock.advance(1);
    await harness().query(query);
    expect(harness().simulator.countRequests('queueSummary')).toBe(2);
  });

  it('serve nothing stale past the stale-if-error window', async () => {
    const query = `{ queueSummary(queues: ["8004"], range: ${PAST}) { totalCalls } }`;
    await harness().query(query);
    harness().simulator.injectFault({ operationId: 'queueSummary', fault: { kind: 'status', status: 503 } });
    // Within its 1 s TTL and 60 s window on the gateway's clock the old answer stands in; past
    // them, nothing, though the store may still hold it.
    clock.advance(1000 + 60_000 - 1);
    const stale = await harness().query(query);
    expect(stale.body.errors).toBeUndefined();
    expect(stale.body.extensions).toMatchObject({ staleData: [{ operation: 'queueSummary' }] });
    clock.advance(2);
    const reply = await harness().query(query);
    expect(reply.body.errors![0]!.extensions!.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(reply.body.extensions).toBeUndefined();
  });
});

describe('without a cache', () => {
  const harness = useHarness({ env: { CACHE_ENABLED: 'false' } });

  it('a mutation never answers with a read that began before the write', async () => {
    const me = { authorization: 'Bearer read-back-suite' };
    const id = 'NzAwNTUxOTA5NzczMTQ4MTYw';
    await harness().query(`mutation { updateReportJob(id: "${id}", input: { active: true }) { id } }`, undefined, me);
    harness().simulator.resetRequests();
    // The read is answered as of its arrival, but held until the write has answered: had the
    // write's read-back joined it, the write would wait on it and never answer.
    const release = deferred();
    harness().simulator.injectFault({
      operationId: 'getReportJob',
      times: 1,
      fault: { kind: 'hold', until: release.promise },
    });
    const slowRead = harness().query<{ reportJob: { active: boolean } }>(
      `{ reportJob(id: "${id}") { active } }`,
      undefined,
      me,
    );
    await eventually(() => harness().simulator.countRequests('getReportJob') === 1);
    const update = await harness().query<{ updateReportJob: { active: boolean } }>(
      `mutation { updateReportJob(id: "${id}", input: { active: false }) { active } }`,
      undefined,
      me,
    );
    release.resolve();
    expect(update.body.data).toEqual({ updateReportJob: { active: false } });
    expect((await slowRead).body.data).toEqual({ reportJob: { active: true } });
  });
});
