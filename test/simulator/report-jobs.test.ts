// Report jobs and executions: per-token state, create/update/destroy and the timezone trap.
import type { DataflowSimulator } from '../../simulator/index.js';
import { NOW, call, expectError, startFixedSimulator } from './sim-client.js';

const FIRST_JOB = 'NzAwNTUxOTA5NzczMTQ4MTYw';
const VALID_JOB = { type: 'QUEUE_PERFORMANCE', format: 'HTML', schedule_name: 'Nightly', cron_expr: '0 3 * * *' };

let sim: DataflowSimulator;
beforeAll(async () => {
  sim = await startFixedSimulator();
});
afterAll(() => sim.close());

async function jobs(token: string): Promise<Record<string, any>[]> {
  return (await call(sim, 'GET', '/dataflow/report_jobs', { token })).json.items;
}

describe('seeded report data', () => {
  it('has eight jobs including the edge cases', async () => {
    const items = await jobs('seed-reader');
    expect(items).toHaveLength(8);
    const byName = new Map(items.map((job) => [job.schedule_name, job]));
    expect(byName.get("O'Brien weekly")?.id).toBe('NzAwNTUxOTA5NzczMTQ4MTYx');
    expect(byName.get('Agent performance (beta)')?.type).toBe('AGENT_PERFORMANCE');
    expect(byName.get('Abandoned calls review')?.active).toBeNull();
    expect(byName.get('Monthly call cost')?.recipients).toBeNull();
    expect(byName.get('Ring group statistics')?.recipients).toBe('');
    expect(byName.get('Callbacks summary')?.timezone).toBeNull();
  });

  it('has forty executions with running, failed, unknown and orphaned ones', async () => {
    const items: Record<string, any>[] = (await call(sim, 'GET', '/dataflow/report_list', { token: 'seed-reader' }))
      .json.items;
    const jobIds = new Set((await jobs('seed-reader')).map((job) => job.id));
    expect(items).toHaveLength(40);
    const running = items.filter((execution) => execution.status === 'RUNNING');
    expect(running.length).toBeGreaterThan(0);
    for (const execution of running) {
      expect([execution.completed_at, execution.file_name, execution.file_size, execution.file_url]).toEqual([
        null,
        null,
        null,
        null,
      ]);
    }
    expect(items.filter((execution) => execution.status === 'QUEUED')).toHaveLength(1);
    expect(
      items.some((execution) => execution.status === 'FAILED' && typeof execution.error_message === 'string'),
    ).toBe(true);
    expect(items.some((execution) => execution.status === 'SUCCEEDED' && execution.file_size > 0)).toBe(true);
    expect(items.some((execution) => !jobIds.has(execution.job_id))).toBe(true);
    const started = items.map((execution) => Date.parse(execution.started_at));
    expect(Math.min(...started)).toBeLessThan(NOW - 21 * 86_400_000);
    expect(Math.max(...started)).toBeLessThanOrEqual(NOW);
  });
});

describe('per-token isolation', () => {
  it("never shows one token's changes to another", async () => {
    await call(sim, 'POST', `/dataflow/report_jobs/${FIRST_JOB}/destroy`, { token: 'alice' });
    const created = await call(sim, 'POST', '/dataflow/report_jobs', { token: 'alice', body: VALID_JOB });
    await call(sim, 'POST', '/dataflow/report_list/NzIwNTUxOTA5NzczMTQ4MTYw/destroy', { token: 'alice' });

    expect((await jobs('alice')).map((job) => job.id)).not.toContain(FIRST_JOB);
    expect((await jobs('alice')).map((job) => job.id)).toContain(created.json.id);
    expect((await jobs('bob')).map((job) => job.id)).toContain(FIRST_JOB);
    expect((await jobs('bob')).map((job) => job.id)).not.toContain(created.json.id);
    expect((await call(sim, 'GET', `/dataflow/report_jobs/${created.json.id}`, { token: 'bob' })).status).toBe(404);
    expect(
      (await call(sim, 'GET', '/dataflow/report_list', { token: 'bob', query: { count: 'true' } })).json.count,
    ).toBe(40);
    expect(
      (await call(sim, 'GET', '/dataflow/report_list', { token: 'alice', query: { count: 'true' } })).json.count,
    ).toBe(39);
  });
});

describe('create report job', () => {
  it('stores the job with timezone, created_at and updated_at', async () => {
    const created = await call(sim, 'POST', '/dataflow/report_jobs', {
      token: 'creator',
      body: {
        ...VALID_JOB,
        timezone: 'Asia/Shanghai',
        recipients: 'a@example.com;b@example.com',
        params: { queues: ['8000'] },
      },
    });
    expect(created.status).toBe(201);
    const job = (await call(sim, 'GET', `/dataflow/report_jobs/${created.json.id}`, { token: 'creator' })).json;
    expect(job).toEqual({
      id: created.json.id,
      ...VALID_JOB,
      start_time: null,
      end_time: null,
      active: true,
      recipients: 'a@example.com;b@example.com',
      timezone: 'Asia/Shanghai',
      params: { queues: ['8000'] },
      created_at: '2026-11-25T15:30:00Z',
      updated_at: '2026-11-25T15:30:00Z',
    });
    expect((await jobs('creator')).at(-1)?.id).toBe(created.json.id);
  });

  it('rejects time_zone, naming the field create takes', async () => {
    const result = await call(sim, 'POST', '/dataflow/report_jobs', { body: { ...VALID_JOB, time_zone: 'UTC' } });
    expect(expectError(result, 400, 'VALIDATE_FAILED')).toBe(
      'time_zone is not a field of create report job; create takes timezone (update takes time_zone)',
    );
  });

  it.each(['type', 'format', 'schedule_name', 'cron_expr'])('requires %s', async (field) => {
    const body: Record<string, unknown> = { ...VALID_JOB };
    delete body[field];
    expect(expectError(await call(sim, 'POST', '/dataflow/report_jobs', { body }), 400, 'VALIDATE_FAILED')).toBe(
      `${field} is required`,
    );
  });

  it.each([
    [{ type: 'AGENT_PERFORMANCE' }, /^type must be one of NORMAL, EXTENSION_GROUP_CALL_COST, /],
    [{ format: 'PDF' }, /^format must be one of CSV, HTML, got "PDF"$/],
    [{ recipients: ['a@example.com'] }, /^recipients must be a string, got \["a@example.com"\]$/],
    [
      { recipients: 'a@example.com,b@example.com' },
      /^recipients must be e-mail addresses separated by semicolons; not an address: "a@example.com,b@example.com"$/,
    ],
    [{ cron_expr: '* * *' }, /^cron_expr must be a five-field cron expression/],
    [{ active: 'yes' }, /^active must be true or false, got "yes"$/],
    [{ start_time: '2026-12-01T00:00:00' }, /^start_time must be an RFC 3339 date-time with an explicit offset/],
    [{ start_time: '2026-12-02T00:00:00Z', end_time: '2026-12-01T00:00:00Z' }, /^end_time must be after start_time$/],
    [{ params: [1] }, /^params must be a JSON object, got \[1\]$/],
  ])('rejects %j', async (extra, message) => {
    const result = await call(sim, 'POST', '/dataflow/report_jobs', { body: { ...VALID_JOB, ...extra } });
    expect(expectError(result, 400, 'VALIDATE_FAILED')).toMatch(message);
  });
});

describe('update report job', () => {
  it('stores time_zone as timezone, keeps fields left out and bumps updated_at', async () => {
    let now = NOW;
    const clocked = await startFixedSimulator({ now: () => now });
    try {
      const before = (await call(clocked, 'GET', `/dataflow/report_jobs/${FIRST_JOB}`)).json;
      now = NOW + 60_000;
      const result = await call(clocked, 'POST', `/dataflow/report_jobs/${FIRST_JOB}`, {
        body: { time_zone: 'Europe/Paris', active: false },
      });
      expect(result.status).toBe(200);
      expect(result.text).toBe('');
      const after = (await call(clocked, 'GET', `/dataflow/report_jobs/${FIRST_JOB}`)).json;
      expect(after).toEqual({ ...before, timezone: 'Europe/Paris', active: false, updated_at: '2026-11-25T15:31:00Z' });
    } finally {
      await clocked.close();
    }
  });

  it('rejects timezone, naming the field update takes', async () => {
    const result = await call(sim, 'POST', `/dataflow/report_jobs/${FIRST_JOB}`, { body: { timezone: 'UTC' } });
    expect(expectError(result, 400, 'VALIDATE_FAILED')).toBe(
      'timezone is not a field of update report job; update takes time_zone (create takes timezone)',
    );
  });

  it('clears optional fields sent as null but refuses null for required ones', async () => {
    await call(sim, 'POST', `/dataflow/report_jobs/${FIRST_JOB}`, {
      token: 'nuller',
      body: { recipients: null, time_zone: null },
    });
    const job = (await call(sim, 'GET', `/dataflow/report_jobs/${FIRST_JOB}`, { token: 'nuller' })).json;
    expect([job.recipients, job.timezone]).toEqual([null, null]);
    const result = await call(sim, 'POST', `/dataflow/report_jobs/${FIRST_JOB}`, {
      token: 'nuller',
      body: { schedule_name: null },
    });
    expect(expectError(result, 400, 'VALIDATE_FAILED')).toBe('schedule_name cannot be null');
  });

  it('answers 404 for an unknown id', async () => {
    const result = await call(sim, 'POST', '/dataflow/report_jobs/bm9wZQ', { body: { active: true } });
    expect(expectError(result, 404, 'UNKNOWN')).toBe('report job bm9wZQ not found');
  });
});

describe('destroy', () => {
  it('deletes a job once, then answers 404', async () => {
    const path = `/dataflow/report_jobs/${FIRST_JOB}/destroy`;
    expect((await call(sim, 'POST', path, { token: 'destroyer' })).status).toBe(204);
    expect(expectError(await call(sim, 'POST', path, { token: 'destroyer' }), 404, 'UNKNOWN')).toBe(
      `report job ${FIRST_JOB} not found`,
    );
    expect(
      expectError(await call(sim, 'GET', `/dataflow/report_jobs/${FIRST_JOB}`, { token: 'destroyer' }), 404, 'UNKNOWN'),
    ).toBe(`report job ${FIRST_JOB} not found`);
  });

  it('keeps the executions of a deleted job', async () => {
    await call(sim, 'POST', `/dataflow/report_jobs/${FIRST_JOB}/destroy`, { token: 'keeper' });
    const executions = await call(sim, 'GET', '/dataflow/report_list', {
      token: 'keeper',
      query: { filter: `job_id eq '${FIRST_JOB}'` },
    });
    expect(executions.json.items.length).toBeGreaterThan(0);
  });

  it('deletes an execution once, then answers 404', async () => {
    const path = '/dataflow/report_list/NzIwNTUxOTA5NzczMTQ4MTYx/destroy';
    expect((await call(sim, 'POST', path, { token: 'exec-destroyer' })).status).toBe(204);
    expect(expectError(await call(sim, 'POST', path, { token: 'exec-destroyer' }), 404, 'UNKNOWN')).toBe(
      'report execution NzIwNTUxOTA5NzczMTQ4MTYx not found',
    );
  });
});
