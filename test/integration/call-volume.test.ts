import { useHarness } from '../helpers/use-harness.js';

interface Volume {
  callVolume: Array<{ time: string; total: number; answered: number; notAnswered: number }> | null;
}

describe('call volume', () => {
  const harness = useHarness({ env: { CACHE_ENABLED: 'false' } });

  it('is hourly for one day and daily for several', async () => {
    const day = await harness().query<Volume>(
      '{ callVolume(range: { start: "2026-11-27T00:00:00-05:00", end: "2026-11-28T00:00:00-05:00" }) { time total answered notAnswered } }',
    );
    expect(day.body.errors).toBeUndefined();
    expect(day.body.data!.callVolume).toHaveLength(24);
    const week = await harness().query<Volume>(
      '{ callVolume(range: { start: "2026-11-21T00:00:00Z", end: "2026-11-28T00:00:00Z" }) { time total } }',
    );
    expect(week.body.data!.callVolume!.map((point) => point.time)).toEqual(
      [21, 22, 23, 24, 25, 26, 27].map((day) => `2026-11-${day}T00:00:00Z`),
    );
    for (const point of day.body.data!.callVolume!) expect(point.total).toBe(point.answered + point.notAnswered);
  });

  it('sends tenant ids above 2^53 as bare JSON integers, digit for digit', async () => {
    const tenants = ['1030655834964623400', '1030655834964623401', '18446744073709551615'];
    const reply = await harness().query<Volume>(
      'query($t: [ID!]) { callVolume(range: { start: "2026-11-21T00:00:00Z", end: "2026-11-28T00:00:00Z" }, tenants: $t, interval: TWO_HOURS) { time total } }',
      { t: tenants },
    );
    expect(reply.body.errors).toBeUndefined();
    const body = harness().simulator.requests[0]!.body;
    expect(body).toContain('"tenants":[1030655834964623400,1030655834964623401,18446744073709551615]');
    expect(body).toContain('"interval":"2h"');
  });
});
