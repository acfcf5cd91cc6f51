import { jest } from '@jest/globals';
import { type Harness, startHarness } from '../helpers/harness.js';
import { eventually } from '../helpers/eventually.js';
import { fakeTimersOnly } from '../helpers/fake-timers.js';
import { startRecordingProxy } from '../helpers/recording-proxy.js';
import { startSimulator } from '../../simulator/index.js';

const WEEK = '{ start: "2026-11-21T00:00:00Z", end: "2026-11-28T00:00:00Z" }';
const DAY = '{ start: "2026-11-27T00:00:00Z", end: "2026-11-28T00:00:00Z" }';

interface Reply {
  callHistory: { nodes: Array<{ sessionId: string; details: unknown[] | null }> } | null;
  queueSummary: { totalCalls: number } | null;
}

/**
 * One budget for the whole operation. Each upstream read here may take a minute
 * (UPSTREAM_TIMEOUT_MS and UPSTREAM_DEADLINE_MS), so an answer within the test's timeout can only
 * come from the operation's deadline of 1.5 s cutting a chain of reads short. That deadline runs
 * on a fake clock, moved on only once everything that can answer has: however slow the machine,
 * the deadline never overtakes an answer, and what it cuts is exactly what hangs.
 */
describe('the operation deadline', () => {
  let harness: Harness;
  let proxy: Awaited<ReturnType<typeof startRecordingProxy>>;

  beforeAll(async () => {
    const simulator = await startSimulator({ now: () => Date.parse('2026-11-28T15:30:00Z') });
    proxy = await startRecordingProxy(simulator.url);
    harness = await startHarness({
      existingSimulator: simulator,
      dataflowUrl: proxy.url,
      env: {
        OPERATION_DEADLINE_MS: '1500',
        UPSTREAM_TIMEOUT_MS: '60000',
        UPSTREAM_DEADLINE_MS: '60000',
        UPSTREAM_RETRIES: '0',
        CACHE_ENABLED: 'false',
      },
    });
  });
  afterAll(async () => {
    await harness.close();
    await harness.simulator.close();
    await proxy.close();
  });
  beforeEach(() => {
    harness.simulator.clearFaults();
    harness.simulator.resetRequests();
    fakeTimersOnly();
  });
  afterEach(() => jest.useRealTimers());

  /** Whether the gateway has had Dataflow's answer to `operation` since log line `since`. */
  const answered = (operation: string, since: number) =>
    harness.logs.slice(since).some((line) => {
      const upstream = line.upstream as { operation?: string; status?: number } | undefined;
      return line.msg === 'upstream call' && upstream?.operation === operation && upstream.status === 200;
    });

  it('cuts a chain of reads short: what is not done is null with an error at its path, the rest is served', async () => {
    // The history page answers; the details it leads to never do. (That the history's time counts
    // against the details' is shown on a fake clock in test/datasources/operation-deadline.test.ts.)
    harness.simulator.injectFault({ operationId: 'callDetails', fault: { kind: 'hang' } });
    const since = harness.logs.length;
    const replied = harness.query<Reply>(
      `{ callHistory(filter: { range: ${WEEK} }, first: 3) { nodes { sessionId details { callId } } } queueSummary(queues: ["8000"], range: ${DAY}) { totalCalls } }`,
    );
    await eventually(() => harness.simulator.countRequests('callDetails') === 3 && answered('queueSummary', since));
    jest.advanceTimersByTime(1500);
    const reply = await replied;
    expect(reply.status).toBe(200);
    const nodes = reply.body.data!.callHistory!.nodes;
    expect(nodes).toHaveLength(3);
    expect(nodes.map((node) => node.details)).toEqual([null, null, null]);
    expect(reply.body.data!.queueSummary!.totalCalls).toEqual(expect.any(Number));
    expect(reply.body.errors).toHaveLength(3);
    for (const [index, error] of reply.body.errors!.entries()) {
      expect(error).toMatchObject({
        message: "The operation's deadline of 1500 ms passed before Dataflow answered callDetails",
        path: ['callHistory', 'nodes', index, 'details'],
        extensions: {
          code: 'UPSTREAM_UNAVAILABLE',
          upstream: { operation: 'callDetails', timeout: true, deadline: 'operation' },
        },
      });
    }
  });

  it('aborts the upstream calls still running', async () => {
    harness.simulator.injectFault({ operationId: 'callDetails', fault: { kind: 'hang' } });
    const replied = harness.query<Reply>(
      `{ callHistory(filter: { range: ${WEEK} }, first: 2) { nodes { details { callId } } } }`,
    );
    await eventually(() => harness.simulator.countRequests('callDetails') === 2);
    jest.advanceTimersByTime(1500);
    const reply = await replied;
    expect(reply.body.errors!.map((error) => error.extensions!.code)).toEqual([
      'UPSTREAM_UNAVAILABLE',
      'UPSTREAM_UNAVAILABLE',
    ]);
    // Two hung details calls were open when the answer went out; both connections are dropped.
    await eventually(() => proxy.open === 0);
  });

  it('cuts a write short too, and says the deadline passed', async () => {
    harness.simulator.injectFault({ operationId: 'destroyReportJob', fault: { kind: 'hang' } });
    const replied = harness.query('mutation { deleteReportJob(id: "NzAwNTUxOTA5NzczMTQ4MTYw") { deleted } }');
    await eventually(() => harness.simulator.countRequests('destroyReportJob') === 1);
    jest.advanceTimersByTime(1500);
    const reply = await replied;
    expect(reply.body.errors![0]).toMatchObject({
      path: ['deleteReportJob'],
      extensions: { code: 'UPSTREAM_UNAVAILABLE', upstream: { operation: 'destroyReportJob', deadline: 'operation' } },
    });
    await eventually(() => proxy.open === 0);
  });

  it('gives each operation its own budget', async () => {
    const reply = await harness.query<Reply>(`{ queueSummary(queues: ["8000"], range: ${DAY}) { totalCalls } }`);
    expect(reply.body.errors).toBeUndefined();
  });
});
