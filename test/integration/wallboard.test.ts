import { deferred } from '../helpers/deferred.js';
import { eventually } from '../helpers/eventually.js';
import { useHarness } from '../helpers/use-harness.js';
import { WALLBOARD_MEMBERS, wallboardQuery } from '../../bench/wallboard.js';

const WALLBOARD = wallboardQuery();

const TODAY = { start: '2026-11-28T00:00:00Z', end: '2026-11-29T00:00:00Z' };

type Wallboard = Record<
  string,
  {
    number: string;
    summary: { totalCalls: number } | null;
    timeseries: Array<{ time: string; totalCalls: number }> | null;
    agents: Array<{ number: string; queue: { number: string }; summary: unknown; timeseries: unknown[] | null }>;
  }
>;

describe('a wallboard in one query', () => {
  const harness = useHarness({ env: { CACHE_ENABLED: 'false' } });

  it('nests agents under queues and answers every field', async () => {
    const reply = await harness().query<Wallboard>(WALLBOARD, { range: TODAY });
    expect(reply.body.errors).toBeUndefined();
    const queues = Object.values(reply.body.data!);
    expect(queues.map((queue) => queue.number)).toEqual(['8000', '8001', '8002']);
    for (const queue of queues) {
      expect(queue.summary!.totalCalls).toBeGreaterThanOrEqual(0);
      expect(queue.timeseries).toHaveLength(24);
      expect(queue.agents.map((agent) => agent.number)).toEqual(WALLBOARD_MEMBERS[queue.number]);
      for (const agent of queue.agents) {
        expect(agent.queue.number).toBe(queue.number);
        expect(agent.timeseries).toHaveLength(24);
      }
    }
  });

  it('makes each of the 36 distinct upstream requests once, side by side', async () => {
    // Every request is held unanswered until all 36 are in: a waterfall would wait for an answer
    // before its next request, never get there, and fail the test by its timeout.
    const release = deferred();
    harness().simulator.injectFault({ fault: { kind: 'hold', until: release.promise } });
    const reply = harness().query(WALLBOARD, { range: TODAY });
    await eventually(() => harness().simulator.countRequests() === 36);
    release.resolve();
    expect((await reply).body.errors).toBeUndefined();
    const requests = harness().simulator.requests;
    expect(requests).toHaveLength(36);
    expect(harness().simulator.countRequests('queueSummary')).toBe(3);
    expect(harness().simulator.countRequests('queueTimeseries')).toBe(3);
    expect(harness().simulator.countRequests('agentSummary')).toBe(15);
    expect(harness().simulator.countRequests('agentTimeseries')).toBe(15);
  });

  it('asks for the same upstream request once per operation, whichever fields ask', async () => {
    const reply = await harness().query(
      `
      query Twice($range: TimeRange!) {
        a: queue(number: "8000") { summary(range: $range) { totalCalls } }
        b: queue(number: "8000") { summary(range: $range) { answeredCalls } }
        c: queueSummary(queues: ["8000"], range: $range) { totalCalls }
      }`,
      { range: TODAY },
    );
    expect(reply.body.errors).toBeUndefined();
    expect(harness().simulator.countRequests('queueSummary')).toBe(1);
    const data = reply.body.data as { a: { summary: { totalCalls: number } }; c: { totalCalls: number } };
    expect(data.a.summary.totalCalls).toBe(data.c.totalCalls);
  });

  it('asks for nothing upstream for a queue without fetching fields', async () => {
    const reply = await harness().query(
      '{ queue(number: "8000") { number agent(number: "101") { number queue { number } } } }',
    );
    expect(reply.body.data).toEqual({ queue: { number: '8000', agent: { number: '101', queue: { number: '8000' } } } });
    expect(harness().simulator.requests).toHaveLength(0);
  });
});
