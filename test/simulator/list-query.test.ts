// filter (OData subset), orderby, skip, top and count on the three lists.
import type { DataflowSimulator } from '../../simulator/index.js';
import { call, expectError, startFixedSimulator } from './sim-client.js';

let sim: DataflowSimulator;
beforeAll(async () => {
  sim = await startFixedSimulator();
});
afterAll(() => sim.close());

async function names(query: Record<string, string>): Promise<string[]> {
  const result = await call(sim, 'GET', '/dataflow/report_jobs', { query, token: 'lister' });
  expect(result.status).toBe(200);
  return result.json.items.map((job: { schedule_name: string }) => job.schedule_name);
}

async function rejectsFilter(path: string, query: Record<string, string>): Promise<string> {
  return expectError(await call(sim, 'GET', path, { query }), 400, 'VALIDATE_FAILED');
}

describe('filter', () => {
  it("matches a string literal with a doubled quote ('O''Brien weekly')", async () => {
    expect(await names({ filter: "schedule_name eq 'O''Brien weekly'" })).toEqual(["O'Brien weekly"]);
  });

  it('combines eq, ne, and, or and parentheses with and binding tighter', async () => {
    expect(await names({ filter: "format eq 'HTML' and active eq true" })).toEqual([
      "O'Brien weekly",
      'Monthly call cost',
      'Callbacks summary',
    ]);
    expect(await names({ filter: "type eq 'NORMAL' or type eq 'AGENT_PERFORMANCE' and format eq 'CSV'" })).toEqual([
      'Agent performance (beta)',
    ]);
    expect(await names({ filter: "(format eq 'HTML' or active eq false) and timezone ne null" })).toEqual([
      "O'Brien weekly",
      'Monthly call cost',
      'Ring group statistics',
    ]);
  });

  it('compares null with eq and ne', async () => {
    expect(await names({ filter: 'active eq null' })).toEqual(['Abandoned calls review']);
    expect(await names({ filter: 'recipients eq null' })).toEqual(['Monthly call cost']);
    expect((await names({ filter: 'timezone ne null' })).length).toBe(7);
  });

  it('runs contains, startswith and endswith case-sensitively', async () => {
    expect(await names({ filter: "contains(schedule_name, 'queue')" })).toEqual([
      'Daily queue performance',
      'Detailed queue statistics',
    ]);
    expect(await names({ filter: "contains(schedule_name, 'Queue')" })).toEqual([]);
    expect(await names({ filter: "startswith(schedule_name, 'Ab')" })).toEqual(['Abandoned calls review']);
    expect(await names({ filter: "endswith(recipients, '@example.com') and contains(recipients, ';')" })).toEqual([
      'Daily queue performance',
      'Callbacks summary',
    ]);
  });

  it('compares bare date-times as instants, whatever their offset', async () => {
    const all = (await call(sim, 'GET', '/dataflow/report_list', { query: {} })).json.items as { started_at: string }[];
    const pivot = all[20]?.started_at as string;
    const instant = Date.parse(pivot);
    const shifted = new Date(instant + 5 * 3600_000).toISOString().replace('.000Z', '+05:00').replace('Z', '+05:00');
    const later = await call(sim, 'GET', '/dataflow/report_list', {
      query: { filter: `started_at gt ${shifted}`, count: 'true' },
    });
    const expected = all.filter((execution) => Date.parse(execution.started_at) > instant).length;
    expect(later.json.count).toBe(expected);
    expect(expected).toBeGreaterThan(0);
  });

  it('compares numbers and filters the call queue directory', async () => {
    const small = await call(sim, 'GET', '/dataflow/report_list', {
      query: { filter: 'file_size lt 100000', count: 'true' },
    });
    expect(small.json.items.every((execution: { file_size: number }) => execution.file_size < 100000)).toBe(true);
    const queues = await call(sim, 'GET', '/call_queues', {
      query: { filter: "ring_time ge 25 and name ne 'Technical'" },
    });
    expect(queues.json.items.map((queue: { name: string }) => queue.name)).toEqual(['Sales', 'Support']);
  });

  it.each([
    ["owner eq 'x'", /^filter: unknown field "owner"; known fields: id, type, format/],
    ["schedule_name eq 'unterminated", /^filter: unterminated string literal starting at position 17$/],
    ["schedule_name like 'x'", /^filter: expected one of eq ne gt ge lt le after schedule_name, got "like"$/],
    ['(active eq true', /^filter: expected "\)" but the filter ended$/],
    ['active eq true true', /^filter: unexpected "true" at position 15$/],
    ['active gt true', /^filter: active is true\/false and can only be compared with eq or ne$/],
    ['schedule_name eq 5', /^filter: schedule_name must be compared with a quoted string$/],
    ["created_at gt 'yesterday'", /^filter: created_at must be compared with a date-time/],
    ["contains(active, 'x')", /^filter: contains\(\) needs a text field, active is not one$/],
    ['created_at gt 2026-13-01T00:00:00Z', /^filter: invalid date-time literal 2026-13-01T00:00:00Z$/],
    ['active eq true & false', /^filter: unexpected character "&" at position 15$/],
  ])('rejects %j with 400', async (filter, message) => {
    expect(await rejectsFilter('/dataflow/report_jobs', { filter })).toMatch(message);
  });

  it('rejects an unknown field on the other lists too', async () => {
    expect(await rejectsFilter('/dataflow/report_list', { filter: "job eq 'x'" })).toMatch(
      /^filter: unknown field "job"/,
    );
    expect(await rejectsFilter('/call_queues', { filter: "agents eq 'x'" })).toMatch(/^filter: unknown field "agents"/);
  });
});

describe('orderby', () => {
  it('keeps insertion order without orderby', async () => {
    expect((await names({}))[0]).toBe('Daily queue performance');
  });

  it('sorts by one field, ascending by default', async () => {
    const sorted = await names({ orderby: 'schedule_name' });
    expect(sorted).toEqual([...sorted].sort());
    expect(await names({ orderby: 'schedule_name desc' })).toEqual([...sorted].reverse());
  });

  it('sorts by several fields with blanks first ascending', async () => {
    const result = await call(sim, 'GET', '/dataflow/report_jobs', {
      query: { orderby: 'format asc, timezone desc' },
      token: 'lister',
    });
    const pairs = result.json.items.map(
      (job: { format: string; timezone: string | null }) => `${job.format}:${job.timezone}`,
    );
    expect(pairs).toEqual([
      'CSV:UTC',
      'CSV:Asia/Tokyo',
      'CSV:Asia/Shanghai',
      'CSV:America/New_York',
      'CSV:America/Chicago',
      'HTML:Europe/Dublin',
      'HTML:Europe/Berlin',
      'HTML:null',
    ]);
  });

  it('sorts date-times as instants', async () => {
    const result = await call(sim, 'GET', '/dataflow/report_list', { query: { orderby: 'started_at desc', top: '5' } });
    const times = result.json.items.map((execution: { started_at: string }) => Date.parse(execution.started_at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it.each([
    [
      'owner asc',
      'orderby: unknown field "owner"; known fields: id, type, format, schedule_name, start_time, end_time, cron_expr, active, recipients, timezone, created_at, updated_at',
    ],
    ['schedule_name up', 'orderby: direction of schedule_name must be asc or desc, got "up"'],
    ['schedule_name asc desc', 'orderby: expected "field asc" or "field desc", got "schedule_name asc desc"'],
    ['schedule_name,', 'orderby: expected "field asc" or "field desc", got ""'],
  ])('rejects %j with 400', async (orderby, message) => {
    expect(await rejectsFilter('/dataflow/report_jobs', { orderby })).toBe(message);
  });
});

describe('paging', () => {
  it('applies skip and top after filter and orderby, counting all matches when count=true', async () => {
    const result = await call(sim, 'GET', '/dataflow/report_list', {
      query: {
        filter: "status eq 'SUCCEEDED' or status eq 'FAILED'",
        orderby: 'started_at asc',
        skip: '5',
        top: '10',
        count: 'true',
      },
    });
    const all = await call(sim, 'GET', '/dataflow/report_list', {
      query: { filter: "status eq 'SUCCEEDED' or status eq 'FAILED'", orderby: 'started_at asc' },
    });
    expect(result.json.count).toBe(all.json.items.length);
    expect(result.json.items).toEqual(all.json.items.slice(5, 15));
  });

  it('omits count unless count=true, and answers an empty page past the end', async () => {
    const plain = await call(sim, 'GET', '/call_queues', { query: { count: 'false' } });
    expect(plain.json).not.toHaveProperty('count');
    const past = await call(sim, 'GET', '/call_queues', { query: { skip: '10', count: 'true' } });
    expect(past.json).toEqual({ count: 5, items: [] });
  });

  it('rejects bad paging options with 400', async () => {
    expect(await rejectsFilter('/dataflow/report_jobs', { top: '0' })).toBe(
      'top must be an integer from 1 to 100, got "0"',
    );
    expect(await rejectsFilter('/call_queues', { skip: 'x' })).toBe(
      'skip must be a non-negative 32-bit integer, got "x"',
    );
  });
});
