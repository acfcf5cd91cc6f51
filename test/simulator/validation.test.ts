// Misuse cases: each asserts status 400, code VALIDATE_FAILED and the exact message.
import type { DataflowSimulator } from '../../simulator/index.js';
import { call, expectError, startFixedSimulator } from './sim-client.js';

const DAY = { start_time: '2026-11-24T00:00:00-05:00', end_time: '2026-11-25T00:00:00-05:00' };
const OFFSET_RULE = 'must be an RFC 3339 date-time with an explicit offset (Z or ±hh:mm)';

let sim: DataflowSimulator;
beforeAll(async () => {
  sim = await startFixedSimulator();
});
afterAll(() => sim.close());

async function rejects(path: string, body: unknown, query: Record<string, string> = {}): Promise<string> {
  return expectError(await call(sim, 'POST', path, { body, query }), 400, 'VALIDATE_FAILED');
}

describe('start_time and end_time', () => {
  const functions: [string, Record<string, unknown>][] = [
    ['/dataflow/queues/summary', { queues: ['8000'] }],
    ['/dataflow/queues/timeseries', { queue: '8000' }],
    ['/dataflow/queues/agent/summary', { queue: '8000', agent: '101' }],
    ['/dataflow/queues/agent/timeseries', { queue: '8000', agent: '101' }],
    ['/dataflow/analytics/calls/timeseries', {}],
    ['/dataflow/analytics/calls/history', {}],
  ];

  it.each(functions)('%s rejects a date-time without offset', async (path, extra) => {
    const message = await rejects(path, {
      ...extra,
      start_time: '2026-11-24T00:00:00',
      end_time: '2026-11-25T00:00:00Z',
    });
    expect(message).toBe(`start_time ${OFFSET_RULE}, got "2026-11-24T00:00:00"`);
  });

  it.each(functions)('%s requires both bounds', async (path, extra) => {
    expect(await rejects(path, { ...extra, end_time: DAY.end_time })).toBe('start_time is required');
    expect(await rejects(path, { ...extra, start_time: DAY.start_time })).toBe('end_time is required');
  });

  it.each(functions)('%s requires end_time after start_time', async (path, extra) => {
    const message = await rejects(path, { ...extra, start_time: DAY.end_time, end_time: DAY.start_time });
    expect(message).toBe('end_time must be after start_time');
  });

  it('rejects impossible dates, non-strings and a bad end_time offset', async () => {
    const path = '/dataflow/queues/summary';
    expect(await rejects(path, { start_time: '2026-02-30T00:00:00Z', end_time: DAY.end_time })).toBe(
      `start_time ${OFFSET_RULE}, got "2026-02-30T00:00:00Z"`,
    );
    expect(await rejects(path, { start_time: 1764000000, end_time: DAY.end_time })).toBe(
      `start_time ${OFFSET_RULE}, got 1764000000`,
    );
    expect(await rejects(path, { start_time: DAY.start_time, end_time: '2026-11-25 00:00' })).toBe(
      `end_time ${OFFSET_RULE}, got "2026-11-25 00:00"`,
    );
  });

  it('accepts lower-case z, fractions and ±hh:mm offsets', async () => {
    const result = await call(sim, 'POST', '/dataflow/queues/summary', {
      body: { start_time: '2026-11-24T00:00:00.250z', end_time: '2026-11-24T10:00:00+05:30' },
    });
    expect(result.status).toBe(200);
  });
});

describe('range limits', () => {
  const over24h = { start_time: '2026-11-24T00:00:00Z', end_time: '2026-11-25T00:00:01Z' };
  const exactly24h = { start_time: '2026-11-24T00:00:00Z', end_time: '2026-11-25T00:00:00Z' };

  it.each([
    ['/dataflow/queues/timeseries', { queue: '8000' }],
    ['/dataflow/queues/agent/summary', { queue: '8000', agent: '101' }],
    ['/dataflow/queues/agent/timeseries', { queue: '8000', agent: '101' }],
  ])('%s accepts 24 hours and rejects more', async (path, extra) => {
    expect((await call(sim, 'POST', path, { body: { ...extra, ...exactly24h } })).status).toBe(200);
    expect(await rejects(path, { ...extra, ...over24h })).toBe(
      'the range from start_time to end_time must be at most 24 hours',
    );
  });

  it('queue summary accepts up to 365 days', async () => {
    const year = { start_time: '2025-11-25T00:00:00Z', end_time: '2026-11-25T00:00:00Z' };
    expect((await call(sim, 'POST', '/dataflow/queues/summary', { body: { queues: ['8004'], ...year } })).status).toBe(
      200,
    );
    const message = await rejects('/dataflow/queues/summary', {
      start_time: '2025-11-24T23:59:59Z',
      end_time: year.end_time,
    });
    expect(message).toBe('the range from start_time to end_time must be at most 365 days');
  });

  it('calls timeseries needs at least 24 hours and at most 365 days', async () => {
    const path = '/dataflow/analytics/calls/timeseries';
    expect(await rejects(path, { start_time: '2026-11-24T00:00:00Z', end_time: '2026-11-24T23:59:59Z' })).toBe(
      'the range from start_time to end_time must be at least 24 hours',
    );
    expect(await rejects(path, { start_time: '2025-11-24T00:00:00Z', end_time: '2026-11-25T00:00:00Z' })).toBe(
      'the range from start_time to end_time must be at most 365 days',
    );
  });

  it('call history and user history accept at most 365 days', async () => {
    const tooLong = { start_time: '2025-11-24T00:00:00Z', end_time: '2026-11-25T00:00:00Z' };
    const message = 'the range from start_time to end_time must be at most 365 days';
    expect(await rejects('/dataflow/analytics/calls/history', tooLong)).toBe(message);
    expect(await rejects('/dataflow/analytics/calls/user/history', tooLong)).toBe(message);
  });

  it('user history takes both bounds or neither', async () => {
    expect(await rejects('/dataflow/analytics/calls/user/history', { start_time: DAY.start_time })).toBe(
      'start_time and end_time must be given together',
    );
  });
});

describe('interval', () => {
  it('accepts each documented interval', async () => {
    for (const interval of ['1h', '2h', '3h', '4h', '6h', '8h']) {
      const result = await call(sim, 'POST', '/dataflow/queues/timeseries', {
        body: { queue: '8000', ...DAY, interval },
      });
      expect(result.json.items).toHaveLength(24 / Number.parseInt(interval, 10));
    }
  });

  it.each(['5h', '1d', '60m', ''])('rejects %j', async (interval) => {
    const message = await rejects('/dataflow/queues/timeseries', { queue: '8000', ...DAY, interval });
    expect(message).toBe(`interval must be one of 1h, 2h, 3h, 4h, 6h, 8h, got ${JSON.stringify(interval)}`);
  });
});

describe('queue and agent numbers', () => {
  it('rejects an unknown queue number with 400', async () => {
    expect(await rejects('/dataflow/queues/timeseries', { queue: '9999', ...DAY })).toBe(
      'queue: "9999" is not a known queue number',
    );
    expect(await rejects('/dataflow/queues/summary', { queues: ['8000', '7000'], ...DAY })).toBe(
      'queues: "7000" is not a known queue number',
    );
  });

  it('rejects an agent that is not in the queue with 400', async () => {
    const message = await rejects('/dataflow/queues/agent/summary', { queue: '8000', agent: '113', ...DAY });
    expect(message).toBe('agent: "113" is not an agent of queue 8000');
  });

  it('requires queue and agent', async () => {
    expect(await rejects('/dataflow/queues/agent/timeseries', { ...DAY })).toBe('queue is required');
    expect(await rejects('/dataflow/queues/agent/timeseries', { queue: '8000', ...DAY })).toBe('agent is required');
  });

  it('rejects queues that are not an array of strings', async () => {
    expect(await rejects('/dataflow/queues/summary', { queues: [8000], ...DAY })).toBe(
      'queues[0] must be a string, got 8000',
    );
  });
});

describe('calls timeseries tenants', () => {
  const twoDays = { start_time: '2026-11-23T00:00:00Z', end_time: '2026-11-25T00:00:00Z' };

  it('rejects tenant ids written as strings', async () => {
    const message = await rejects('/dataflow/analytics/calls/timeseries', {
      tenants: ['1030655834964623400'],
      ...twoDays,
    });
    expect(message).toBe('tenants[0] must be a 64-bit integer, got "1030655834964623400"');
  });

  it('rejects a tenants value that is not an array, and fractions', async () => {
    const path = '/dataflow/analytics/calls/timeseries';
    expect(await rejects(path, { tenants: 5, ...twoDays })).toBe('tenants must be an array of 64-bit integers, got 5');
    expect(await rejects(path, { tenants: [1.5], ...twoDays })).toBe('tenants[0] must be a 64-bit integer, got 1.5');
  });

  it('accepts 64-bit tenant ids digit for digit, each tenant with its own data', async () => {
    const body = (tenants: string): string =>
      `{"tenants":[${tenants}],"start_time":"2026-11-23T00:00:00Z","end_time":"2026-11-25T00:00:00Z"}`;
    const one = await call(sim, 'POST', '/dataflow/analytics/calls/timeseries', { body: body('1030655834964623400') });
    const neighbour = await call(sim, 'POST', '/dataflow/analytics/calls/timeseries', {
      body: body('1030655834964623401'),
    });
    const both = await call(sim, 'POST', '/dataflow/analytics/calls/timeseries', {
      body: body('1030655834964623400,1030655834964623401'),
    });
    expect(one.status).toBe(200);
    // The two ids differ only past 2^53: a server that rounded them would answer the same data.
    expect(one.json.items).not.toEqual(neighbour.json.items);
    expect(both.json.items[0].total).toBe(one.json.items[0].total + neighbour.json.items[0].total);
  });
});

describe('call history conditions', () => {
  const path = '/dataflow/analytics/calls/history';

  it.each([
    [{ start_hour_of_day: 24 }, 'start_hour_of_day must be an integer from 0 to 23, got 24'],
    [{ start_hour_of_day: -1 }, 'start_hour_of_day must be an integer from 0 to 23, got -1'],
    [{ end_hour_of_day: 0 }, 'end_hour_of_day must be an integer from 1 to 24, got 0'],
    [{ end_hour_of_day: 25 }, 'end_hour_of_day must be an integer from 1 to 24, got 25'],
    [{ start_hour_of_day: '9' }, 'start_hour_of_day must be an integer from 0 to 23, got "9"'],
    [{ start_duration: -1 }, 'start_duration must be a non-negative integer'],
    [{ end_duration: 1.5 }, 'end_duration must be an integer, got 1.5'],
    [{ start_duration: 100, end_duration: 50 }, 'end_duration must be greater than or equal to start_duration'],
    [{ status: 'MISSED' }, 'status must be one of NONE, ANSWERED, NOT_ANSWERED, got "MISSED"'],
    [{ session_id: 'abc' }, 'session_id must be a string of digits'],
    [{ from: 100 }, 'from must be a string, got 100'],
  ])('rejects %j', async (extra, message) => {
    expect(await rejects(path, { ...DAY, ...extra })).toBe(message);
  });

  it('rejects session_id written as a JSON number', async () => {
    const body = `{"start_time":"${DAY.start_time}","end_time":"${DAY.end_time}","session_id":1040099039043342848}`;
    expect(await rejects(path, body)).toBe('session_id must be a string, got 1040099039043342848');
  });

  it('rejects a direction outside the enum in user history', async () => {
    expect(await rejects('/dataflow/analytics/calls/user/history', { direction: 'SIDEWAYS' })).toBe(
      'direction must be one of INBOUND_CALL, OUTBOUND_CALL, EXTENSION_CALL, INBOUND_OUTBOUND_CALL, got "SIDEWAYS"',
    );
  });

  it.each([
    [{ top: '0' }, 'top must be an integer from 1 to 100, got "0"'],
    [{ top: '101' }, 'top must be an integer from 1 to 100, got "101"'],
    [{ top: 'ten' }, 'top must be an integer from 1 to 100, got "ten"'],
    [{ skip: '-1' }, 'skip must be a non-negative 32-bit integer, got "-1"'],
    [{ skip: '2147483648' }, 'skip must be a non-negative 32-bit integer, got "2147483648"'],
    [{ count: 'yes' }, 'count must be true or false, got "yes"'],
  ])('rejects the query %j', async (query, message) => {
    expect(await rejects(path, DAY, query)).toBe(message);
  });
});

describe('details paths', () => {
  it('rejects a session id that is not digits with 400', async () => {
    for (const path of ['/dataflow/analytics/calls/history/12ab', '/dataflow/analytics/calls/user/history/-5']) {
      const message = expectError(await call(sim, 'POST', path, { body: {} }), 400, 'VALIDATE_FAILED');
      expect(message).toMatch(/^session_id must be digits, got "/);
    }
  });

  it('answers 404 for an unknown session', async () => {
    const result = await call(sim, 'POST', '/dataflow/analytics/calls/history/1040099039162400768', { body: {} });
    expect(expectError(result, 404, 'UNKNOWN')).toBe('call session 1040099039162400768 not found');
    const small = await call(sim, 'POST', '/dataflow/analytics/calls/history/42', { body: {} });
    expect(expectError(small, 404, 'UNKNOWN')).toBe('call session 42 not found');
  });
});
