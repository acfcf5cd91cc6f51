// Bucket semantics the contract fixes, and consistency between summaries and their buckets.
import type { DataflowSimulator } from '../../simulator/index.js';
import { NOW, call, startFixedSimulator } from './sim-client.js';

let sim: DataflowSimulator;
beforeAll(async () => {
  sim = await startFixedSimulator();
});
afterAll(() => sim.close());

type Point = Record<string, number | string>;

async function series(path: string, body: Record<string, unknown>): Promise<Point[]> {
  const result = await call(sim, 'POST', path, { body });
  expect(result.status).toBe(200);
  return result.json.items as Point[];
}

const total = (points: Point[], field: string): number => points.reduce((sum, point) => sum + Number(point[field]), 0);

describe('bucket alignment', () => {
  it("starts buckets at multiples of the interval from midnight in start_time's offset (-05:00)", async () => {
    const points = await series('/dataflow/queues/timeseries', {
      queue: '8000',
      start_time: '2026-11-24T09:30:00-05:00',
      end_time: '2026-11-24T17:10:00-05:00',
      interval: '3h',
    });
    // 09:30 falls in the 09:00 bucket; 17:10 reaches into the 15:00 bucket.
    expect(points.map((point) => point.time)).toEqual([
      '2026-11-24T09:00:00-05:00',
      '2026-11-24T12:00:00-05:00',
      '2026-11-24T15:00:00-05:00',
    ]);
  });

  it('handles half-hour offsets and crossing midnight', async () => {
    const points = await series('/dataflow/queues/agent/timeseries', {
      queue: '8001',
      agent: '107',
      start_time: '2026-11-24T21:00:00+05:30',
      end_time: '2026-11-25T03:00:00+05:30',
      interval: '4h',
    });
    expect(points.map((point) => point.time)).toEqual(['2026-11-24T20:00:00+05:30', '2026-11-25T00:00:00+05:30']);
  });

  it('writes Z when start_time was written with Z', async () => {
    const points = await series('/dataflow/queues/timeseries', {
      queue: '8002',
      start_time: '2026-11-24T00:00:00Z',
      end_time: '2026-11-24T02:00:00Z',
    });
    expect(points.map((point) => point.time)).toEqual(['2026-11-24T00:00:00Z', '2026-11-24T01:00:00Z']);
  });

  it('buckets calls timeseries of exactly 24 hours by interval, and longer ranges daily from local midnight', async () => {
    const hourly = await series('/dataflow/analytics/calls/timeseries', {
      start_time: '2026-11-20T06:00:00-05:00',
      end_time: '2026-11-21T06:00:00-05:00',
      interval: '6h',
    });
    expect(hourly.map((point) => point.time)).toEqual([
      '2026-11-20T06:00:00-05:00',
      '2026-11-20T12:00:00-05:00',
      '2026-11-20T18:00:00-05:00',
      '2026-11-21T00:00:00-05:00',
    ]);
    const daily = await series('/dataflow/analytics/calls/timeseries', {
      start_time: '2026-11-20T06:00:00-05:00',
      end_time: '2026-11-23T06:00:00-05:00',
      interval: '2h',
    });
    expect(daily.map((point) => point.time)).toEqual([
      '2026-11-20T00:00:00-05:00',
      '2026-11-21T00:00:00-05:00',
      '2026-11-22T00:00:00-05:00',
      '2026-11-23T00:00:00-05:00',
    ]);
  });
});

describe('consistency of summaries and buckets', () => {
  const window = { start_time: '2026-11-24T07:20:00-05:00', end_time: '2026-11-24T19:45:00-05:00' };

  it('a queue summary equals the sum of its buckets', async () => {
    const summary = (await call(sim, 'POST', '/dataflow/queues/summary', { body: { queues: ['8001'], ...window } }))
      .json;
    const points = await series('/dataflow/queues/timeseries', { queue: '8001', ...window, interval: '2h' });
    expect(total(points, 'total_calls')).toBe(summary.total_calls);
    expect(total(points, 'answered_calls')).toBe(summary.answered_calls);
    expect(total(points, 'abandoned_calls')).toBe(summary.abandoned_calls);
  });

  it('an agent summary equals the sum of its buckets', async () => {
    const body = { queue: '8000', agent: '102', ...window };
    const summary = (await call(sim, 'POST', '/dataflow/queues/agent/summary', { body })).json;
    const points = await series('/dataflow/queues/agent/timeseries', { ...body, interval: '1h' });
    expect(total(points, 'answered_calls')).toBe(summary.answered_calls);
    expect(total(points, 'missed_calls')).toBe(summary.missed_calls);
    expect(total(points, 'total_talk_time')).toBe(summary.total_talk_time);
  });

  it('two adjacent windows stitch seamlessly', async () => {
    const whole = await series('/dataflow/queues/timeseries', {
      queue: '8003',
      start_time: '2026-11-24T00:00:00-05:00',
      end_time: '2026-11-24T12:00:00-05:00',
      interval: '4h',
    });
    const first = await series('/dataflow/queues/timeseries', {
      queue: '8003',
      start_time: '2026-11-24T00:00:00-05:00',
      end_time: '2026-11-24T06:00:00-05:00',
      interval: '4h',
    });
    const second = await series('/dataflow/queues/timeseries', {
      queue: '8003',
      start_time: '2026-11-24T06:00:00-05:00',
      end_time: '2026-11-24T12:00:00-05:00',
      interval: '4h',
    });
    // The 04:00 bucket is split between the two windows; its halves add up to the whole.
    expect(first.map((point) => point.time)).toEqual(['2026-11-24T00:00:00-05:00', '2026-11-24T04:00:00-05:00']);
    expect(second.map((point) => point.time)).toEqual(['2026-11-24T04:00:00-05:00', '2026-11-24T08:00:00-05:00']);
    expect(Number(first[1]?.total_calls) + Number(second[0]?.total_calls)).toBe(whole[1]?.total_calls);
    expect(whole[0]).toEqual(first[0]);
    expect(whole[2]).toEqual(second[1]);
  });

  it('several queues in the summary are averaged', async () => {
    const one = (await call(sim, 'POST', '/dataflow/queues/summary', { body: { queues: ['8000'], ...window } })).json;
    const two = (await call(sim, 'POST', '/dataflow/queues/summary', { body: { queues: ['8001'], ...window } })).json;
    const both = (
      await call(sim, 'POST', '/dataflow/queues/summary', { body: { queues: ['8000', '8001'], ...window } })
    ).json;
    expect(both.total_calls).toBe(Math.round((one.total_calls + two.total_calls) / 2));
    expect(both.service_level).toBeCloseTo((one.service_level + two.service_level) / 2, 1);
    expect(both.answered_calls + both.abandoned_calls).toBe(both.total_calls);
  });

  it('averages every queue when none is named', async () => {
    const named = ['8000', '8001', '8002', '8003', '8004'];
    const all = (await call(sim, 'POST', '/dataflow/queues/summary', { body: window })).json;
    const explicit = (await call(sim, 'POST', '/dataflow/queues/summary', { body: { queues: named, ...window } })).json;
    expect(all).toEqual(explicit);
    expect(all.available_agents + all.busy_agents).toBeLessThanOrEqual(all.logged_in_agents);
  });

  it('has no calls in the future', async () => {
    const start = new Date(NOW - 2 * 3600_000).toISOString().replace('.000Z', 'Z');
    const end = new Date(NOW + 6 * 3600_000).toISOString().replace('.000Z', 'Z');
    const points = await series('/dataflow/queues/timeseries', { queue: '8001', start_time: start, end_time: end });
    expect(points).toHaveLength(9);
    expect(points.slice(3).every((point) => point.total_calls === 0)).toBe(true);
    expect(Number(points[0]?.total_calls)).toBeGreaterThan(0);
  });
});

describe('determinism', () => {
  const body = { queues: ['8000'], start_time: '2026-11-24T00:00:00Z', end_time: '2026-11-25T00:00:00Z' };

  it('gives the same data for the same seed and clock, and different data for another seed', async () => {
    const twin = await startFixedSimulator();
    const other = await startFixedSimulator({ seed: 2 });
    try {
      const mine = (await call(sim, 'POST', '/dataflow/queues/summary', { body })).json;
      expect((await call(twin, 'POST', '/dataflow/queues/summary', { body })).json).toEqual(mine);
      expect((await call(other, 'POST', '/dataflow/queues/summary', { body })).json).not.toEqual(mine);
    } finally {
      await twin.close();
      await other.close();
    }
  });

  it('derives the current fields from the clock', async () => {
    let now = NOW;
    const moving = await startFixedSimulator({ now: () => now });
    try {
      const seen = new Set<string>();
      for (let minute = 0; minute < 30; minute += 1) {
        now = NOW + minute * 60_000;
        const kpi = (await call(moving, 'POST', '/dataflow/queues/summary', { body })).json;
        seen.add(`${kpi.waiting_calls}/${kpi.longest_waiting_time}/${kpi.available_agents}/${kpi.busy_agents}`);
      }
      expect(seen.size).toBeGreaterThan(1);
    } finally {
      await moving.close();
    }
  });
});
