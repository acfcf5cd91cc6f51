// Call history, user history and details: 64-bit ids, filters, paging and the per-user view.
import type { DataflowSimulator } from '../../simulator/index.js';
import { NOW, call, expectError, startFixedSimulator } from './sim-client.js';

const WEEK = { start_time: '2026-11-18T00:00:00-05:00', end_time: '2026-11-25T00:00:00-05:00' };
const END_REASONS = [
  'CALLER_DISCONNECTED',
  'CALLEE_DISCONNECTED',
  'BLIND_TRANSFER_COMPLETED',
  'CONSULT_TRANSFER_COMPLETED',
  'REPLACED',
  'REFERRED',
  'REDIRECTED',
  'CANCELLED',
];

interface Row {
  session_id: number;
  raw_session_id: string;
  from: string;
  to: string;
  start_time: string;
  end_time: string;
  duration: number;
  status: string | null;
  direction: string;
  [key: string]: unknown;
}

let sim: DataflowSimulator;
beforeAll(async () => {
  sim = await startFixedSimulator();
});
afterAll(() => sim.close());

/** JSON.parse rounds session ids, so the raw digits are read from the text alongside. */
function rowsOf(text: string): Row[] {
  const raw = [...text.matchAll(/"session_id":(\d+)/g)].map((match) => match[1] as string);
  const rows = JSON.parse(text).items as Row[];
  expect(raw).toHaveLength(rows.length);
  return rows.map((row, index) => ({ ...row, raw_session_id: raw[index] as string }));
}

async function history(
  body: Record<string, unknown>,
  query: Record<string, string> = {},
  token?: string,
  path = '/dataflow/analytics/calls/history',
) {
  const result = await call(sim, 'POST', path, { body, query, ...(token ? { token } : {}) });
  expect(result.status).toBe(200);
  return { rows: rowsOf(result.text), count: result.json.count as number | undefined };
}

async function allRows(body: Record<string, unknown>, path?: string, token?: string): Promise<Row[]> {
  const rows: Row[] = [];
  for (let skip = 0; ; skip += 100) {
    const page = await history(body, { skip: String(skip) }, token, path);
    rows.push(...page.rows);
    if (page.rows.length < 100) return rows;
  }
}

describe('64-bit session ids', () => {
  it('writes session ids above 2^53 as bare JSON numbers, digit for digit', async () => {
    const result = await call(sim, 'POST', '/dataflow/analytics/calls/history', { body: WEEK, query: { top: '50' } });
    const ids = [...result.text.matchAll(/"session_id":(\d+)[,}]/g)].map((match) => BigInt(match[1] as string));
    expect(ids).toHaveLength(50);
    for (const id of ids) expect(id > 2n ** 53n).toBe(true);
    expect(String(ids[0])).toMatch(/^10400990/);
  });

  it('keeps every digit through a details lookup and a session_id filter', async () => {
    const { rows } = await history(WEEK, { top: '3' });
    const id = rows[2]?.raw_session_id as string;
    const details = await call(sim, 'POST', `/dataflow/analytics/calls/history/${id}`, { body: {} });
    expect(details.text.startsWith(`{"session_id":${id},`)).toBe(true);
    const filtered = await history({ ...WEEK, session_id: id });
    expect(filtered.rows.map((row) => row.raw_session_id)).toEqual([id]);
  });

  it('does not match a neighbouring id that rounds to the same double', async () => {
    const { rows } = await history(WEEK, { top: '1' });
    const id = BigInt(rows[0]?.raw_session_id as string);
    const neighbour = (id + 1n).toString();
    expect(Number(neighbour)).toBe(Number(id));
    const filtered = await history({ ...WEEK, session_id: neighbour });
    expect(filtered.rows.every((row) => row.raw_session_id === neighbour)).toBe(true);
  });
});

describe('call history rows', () => {
  it('lists the 30 days ending now, newest first, 100-300 calls a day', async () => {
    const rows = await allRows({ start_time: '2026-10-01T00:00:00Z', end_time: '2026-11-30T00:00:00Z' });
    const times = rows.map((row) => Date.parse(row.start_time));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(Math.max(...times)).toBeLessThan(NOW);
    expect(Math.min(...times)).toBeGreaterThanOrEqual(NOW - 30 * 86_400_000);
    expect(rows.length / 30).toBeGreaterThan(100);
    expect(rows.length / 30).toBeLessThan(300);
  });

  it('includes a few unknown directions and blank statuses for clients to handle', async () => {
    const rows = await allRows(WEEK);
    const unknown = rows.filter((row) => row.direction === 'INTERNAL_FORWARD').length;
    const blank = rows.filter((row) => row.status === null).length;
    expect(unknown).toBeGreaterThan(0);
    expect(unknown).toBeLessThan(rows.length * 0.03);
    expect(blank).toBeGreaterThan(0);
    expect(blank).toBeLessThan(rows.length * 0.03);
    expect(rows.some((row) => row.from_display_name === null)).toBe(true);
  });

  it('keeps end_time - start_time equal to duration', async () => {
    const { rows } = await history(WEEK, { top: '100' });
    for (const row of rows) expect((Date.parse(row.end_time) - Date.parse(row.start_time)) / 1000).toBe(row.duration);
  });
});

describe('call history conditions', () => {
  it('filters by from and to exactly', async () => {
    const from = await allRows({ ...WEEK, from: '101' });
    expect(from.length).toBeGreaterThan(0);
    expect(from.every((row) => row.from === '101')).toBe(true);
    const to = await allRows({ ...WEEK, to: '8001' });
    expect(to.length).toBeGreaterThan(0);
    expect(to.every((row) => row.to === '8001' && row.to_display_name === 'Support')).toBe(true);
  });

  it('filters durations inclusively', async () => {
    const rows = await allRows({ ...WEEK, start_duration: 60, end_duration: 120 });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.duration >= 60 && row.duration <= 120)).toBe(true);
  });

  it("filters hours of the day in start_time's offset", async () => {
    const rows = await allRows({ ...WEEK, start_hour_of_day: 9, end_hour_of_day: 11 });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.start_time.slice(11, 13)).toMatch(/^(09|10)$/);
    expect(rows.every((row) => row.start_time.endsWith('-05:00'))).toBe(true);
  });

  it('filters by status', async () => {
    const rows = await allRows({ ...WEEK, status: 'NOT_ANSWERED' });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.status === 'NOT_ANSWERED')).toBe(true);
  });

  it('answers nothing for a range older than the 30 days kept', async () => {
    const { rows, count } = await history(
      { start_time: '2026-09-01T00:00:00Z', end_time: '2026-10-01T00:00:00Z' },
      { count: 'true' },
    );
    expect(rows).toEqual([]);
    expect(count).toBe(0);
  });
});

describe('history paging', () => {
  it('pages with top and skip, and counts only when asked', async () => {
    const first = await history(WEEK, { top: '10', count: 'true' });
    const second = await history(WEEK, { top: '10', skip: '10' });
    const both = await history(WEEK, { top: '20' });
    expect(first.count).toBeGreaterThan(700);
    expect(second.count).toBeUndefined();
    expect([...first.rows, ...second.rows].map((row) => row.raw_session_id)).toEqual(
      both.rows.map((row) => row.raw_session_id),
    );
  });

  it('defaults top to 100', async () => {
    expect((await history(WEEK)).rows).toHaveLength(100);
  });
});

describe('user history', () => {
  const path = '/dataflow/analytics/calls/user/history';

  it("shows the token user's calls, 101 when the token names nobody", async () => {
    const rows = await allRows({}, path, 'some-token');
    expect(rows.length).toBeGreaterThan(50);
    expect(rows.every((row) => row.user === '101')).toBe(true);
    for (const row of rows) {
      if (row.party === 'CALLER') expect(row.from).toBe('101');
    }
    expect(rows.some((row) => row.party === 'CALLEE' && row.to !== '101')).toBe(true); // answered via a queue
  });

  it('narrows by user to the caller themself only', async () => {
    expect((await history({ user: '102' }, {}, 'user-102', path)).rows.length).toBeGreaterThan(0);
    expect((await history({ user: '103' }, { count: 'true' }, 'user-102', path)).count).toBe(0);
  });

  it('filters by direction and destination', async () => {
    const outbound = await allRows({ direction: 'OUTBOUND_CALL' }, path, 'user-104');
    expect(outbound.length).toBeGreaterThan(0);
    expect(outbound.every((row) => row.direction === 'OUTBOUND_CALL')).toBe(true);
    expect(outbound.some((row) => row.party === 'CALLER' && row.from === '104')).toBe(true);
    const destination = outbound.find((row) => row.destination !== null)?.destination as string;
    expect(destination).toMatch(/^sip:/);
    const same = await allRows({ destination }, path, 'user-104');
    expect(same.length).toBeGreaterThan(0);
    expect(same.every((row) => row.destination === destination)).toBe(true);
  });

  it("answers 404 in user details for a session that is not the user's", async () => {
    const theirs = await history({}, { top: '1' }, 'user-106', path);
    const id = theirs.rows[0]?.raw_session_id as string;
    const details = `/dataflow/analytics/calls/user/history/${id}`;
    expect((await call(sim, 'POST', details, { body: {}, token: 'user-106' })).status).toBe(200);
    const other = await call(sim, 'POST', details, { body: {}, token: 'user-999' });
    expect(expectError(other, 404, 'UNKNOWN')).toBe(`call session ${id} not found for user 999`);
  });
});

describe('call details', () => {
  it('answers 1-4 legs in time order that agree with the history row', async () => {
    const { rows } = await history(WEEK, { top: '100' });
    for (const row of rows) {
      const result = await call(sim, 'POST', `/dataflow/analytics/calls/history/${row.raw_session_id}`, { body: {} });
      const legs = result.json.items as Record<string, any>[];
      expect(legs.length).toBeGreaterThanOrEqual(1);
      expect(legs.length).toBeLessThanOrEqual(4);
      expect(Date.parse(legs[0]?.started_at)).toBe(Date.parse(row.start_time));
      expect(Math.max(...legs.map((leg) => Date.parse(leg.ended_at)))).toBe(Date.parse(row.end_time));
      const starts = legs.map((leg) => Date.parse(leg.started_at));
      expect([...starts].sort((a, b) => a - b)).toEqual(starts);
      for (const leg of legs) {
        expect(END_REASONS).toContain(leg.end_reason);
        expect(leg.direction).toBe(row.direction);
        if (leg.answered_at === null) expect(typeof leg.status_code).toBe('number');
        if (String(leg.caller).startsWith('+') || String(leg.callee).startsWith('+'))
          expect(leg.trunk).toEqual(expect.any(String));
      }
      if (row.status !== 'ANSWERED') expect(legs.every((leg) => leg.answered_at === null)).toBe(true);
      if (/^800\d$/.test(row.to)) expect(legs.every((leg) => leg.queue === row.to)).toBe(true);
    }
  });

  it('names the agent on queue legs that reached one', async () => {
    const { rows } = await history({ ...WEEK, to: '8000', status: 'ANSWERED' }, { top: '5' });
    for (const row of rows) {
      const legs = (await call(sim, 'POST', `/dataflow/analytics/calls/history/${row.raw_session_id}`, { body: {} }))
        .json.items;
      expect(
        legs.some(
          (leg: { agent: string | null; answered_at: string | null }) => leg.agent !== null && leg.answered_at !== null,
        ),
      ).toBe(true);
    }
  });
});
