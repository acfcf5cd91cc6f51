import type { Harness } from '../helpers/harness.js';
import { useHarness } from '../helpers/use-harness.js';

interface Points {
  queue: { timeseries: Array<{ time: string; totalCalls: number }> | null };
}

function bodies(harness: Harness, operationId: string): Array<Record<string, string>> {
  return harness.simulator.requests
    .filter((request) => request.operationId === operationId)
    .map((request) => JSON.parse(request.body) as Record<string, string>)
    .sort((a, b) => Date.parse(a.start_time!) - Date.parse(b.start_time!));
}

describe('timeseries longer than 24 hours', () => {
  const harness = useHarness({ env: { CACHE_ENABLED: 'false' } });

  it('are split into 24-hour windows, fetched together and stitched in order without duplicates', async () => {
    const range = { start: '2026-11-25T00:00:00-05:00', end: '2026-11-28T00:00:00-05:00' };
    const reply = await harness().query<Points>(
      'query($r: TimeRange!) { queue(number: "8000") { timeseries(range: $r, interval: ONE_HOUR) { time totalCalls } } }',
      { r: range },
    );
    expect(reply.body.errors).toBeUndefined();
    const points = reply.body.data!.queue.timeseries!;
    expect(points).toHaveLength(72);
    const instants = points.map((point) => Date.parse(point.time));
    expect(new Set(instants).size).toBe(72);
    instants.slice(1).forEach((instant, index) => expect(instant - instants[index]!).toBe(3_600_000));
    expect(points[0]!.time).toBe('2026-11-25T00:00:00-05:00');

    const windows = bodies(harness(), 'queueTimeseries');
    expect(windows.map((body) => [body.start_time, body.end_time])).toEqual([
      ['2026-11-25T00:00:00-05:00', '2026-11-26T00:00:00-05:00'],
      ['2026-11-26T00:00:00-05:00', '2026-11-27T00:00:00-05:00'],
      ['2026-11-27T00:00:00-05:00', '2026-11-28T00:00:00-05:00'],
    ]);
  });

  it('equal, bucket for bucket, the single requests they replace', async () => {
    const day = { start: '2026-11-26T00:00:00-05:00', end: '2026-11-27T00:00:00-05:00' };
    const long = { start: '2026-11-25T00:00:00-05:00', end: '2026-11-28T00:00:00-05:00' };
    const reply = await harness().query<{ a: Points['queue']; b: Points['queue'] }>(
      `query($day: TimeRange!, $long: TimeRange!) {
        a: queue(number: "8001") { timeseries(range: $day) { time totalCalls } }
        b: queue(number: "8001") { timeseries(range: $long) { time totalCalls } }
      }`,
      { day, long },
    );
    const single = reply.body.data!.a.timeseries!;
    const stitched = reply.body.data!.b.timeseries!;
    expect(stitched.slice(24, 48)).toEqual(single);
  });

  it('align windows to the interval when the range starts mid-bucket', async () => {
    const range = { start: '2026-11-25T10:30:00Z', end: '2026-11-27T12:00:00Z' };
    const reply = await harness().query<{ queue: { agent: { timeseries: Array<{ time: string }> } } }>(
      'query($r: TimeRange!) { queue(number: "8000") { agent(number: "101") { timeseries(range: $r, interval: FOUR_HOURS) { time } } } }',
      { r: range },
    );
    expect(reply.body.errors).toBeUndefined();
    const times = reply.body.data!.queue.agent.timeseries.map((point) => point.time);
    expect(times[0]).toBe('2026-11-25T08:00:00Z');
    expect(times.at(-1)).toBe('2026-11-27T08:00:00Z');
    expect(new Set(times).size).toBe(times.length);
    expect(times).toHaveLength(13);
    for (const body of bodies(harness(), 'agentTimeseries')) {
      expect(Date.parse(body.end_time!) - Date.parse(body.start_time!)).toBeLessThanOrEqual(86_400_000);
      expect(body.interval).toBe('4h');
    }
  });

  it('are refused beyond 31 days, before any upstream call', async () => {
    const reply = await harness().query(
      'query($r: TimeRange!) { queue(number: "8000") { timeseries(range: $r) { time } } }',
      { r: { start: '2026-10-01T00:00:00Z', end: '2026-11-02T00:00:00Z' } },
    );
    expect(reply.body.errors![0]).toMatchObject({
      message: expect.stringMatching(/^range: a timeseries covers at most 31 days/),
      extensions: { code: 'BAD_USER_INPUT', argument: 'range' },
    });
    expect(harness().simulator.requests).toHaveLength(0);
  });
});

describe('agent summaries longer than 24 hours', () => {
  const harness = useHarness();

  it('are refused before any upstream call, saying why', async () => {
    const reply = await harness().query(
      'query($r: TimeRange!) { queue(number: "8000") { agent(number: "101") { summary(range: $r) { answeredCalls } } } }',
      { r: { start: '2026-11-26T00:00:00Z', end: '2026-11-27T00:00:01Z' } },
    );
    expect(reply.status).toBe(400);
    expect(reply.body.data).toBeUndefined();
    expect(reply.body.errors![0]!.message).toBe(
      'range: an agent summary covers at most 1 day; Dataflow limits agent summaries to 24 hours; ask for one summary per day',
    );
    expect(reply.body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(harness().simulator.requests).toHaveLength(0);
  });
});

describe('timeseries in an offset that is not whole hours', () => {
  const harness = useHarness({ env: { CACHE_ENABLED: 'false' } });

  it('split at midnight of that offset and equal the day-by-day requests', async () => {
    const days = ['2026-11-24', '2026-11-25', '2026-11-26'].map((day, index, all) => ({
      start: `${day}T00:00:00+05:30`,
      end: `${all[index + 1] ?? '2026-11-27'}T00:00:00+05:30`,
    }));
    const whole = { start: days[0]!.start, end: days.at(-1)!.end };
    const query = `query($w: TimeRange!, $d0: TimeRange!, $d1: TimeRange!, $d2: TimeRange!) { queue(number: "8000") {
      whole: timeseries(range: $w) { time totalCalls answeredCalls }
      d0: timeseries(range: $d0) { time totalCalls answeredCalls }
      d1: timeseries(range: $d1) { time totalCalls answeredCalls }
      d2: timeseries(range: $d2) { time totalCalls answeredCalls } } }`;
    const reply = await harness().query<{ queue: Record<string, Array<{ time: string }>> }>(query, {
      w: whole,
      d0: days[0],
      d1: days[1],
      d2: days[2],
    });
    expect(reply.body.errors).toBeUndefined();
    const { whole: stitched, d0, d1, d2 } = reply.body.data!.queue;
    expect(stitched).toEqual([...d0!, ...d1!, ...d2!]);
    expect(stitched![0]!.time).toBe('2026-11-24T00:00:00+05:30');
    // The per-day requests and the split windows are the same three requests, made once.
    expect(harness().simulator.countRequests('queueTimeseries')).toBe(3);
  });
});
