import { upstreamQuery } from '../helpers/harness.js';
import { useHarness } from '../helpers/use-harness.js';

const JOB_FIELDS =
  'id type format scheduleName cronExpr active recipients timezone params createdAt updatedAt startTime endTime';

interface Job {
  id: string;
  type: string;
  format: string;
  scheduleName: string | null;
  active: boolean;
  recipients: string[];
  timezone: string | null;
  cronExpr: string | null;
}
interface JobList {
  reportJobs: { totalCount: number | null; nodes: Job[] };
}

describe('report jobs', () => {
  // A token of its own: the simulator keeps jobs per token, so other suites cannot interfere.
  const me = { authorization: 'Bearer report-jobs-suite' };
  const harness = useHarness();

  it('are listed with documented defaults for what Dataflow leaves blank or does not know', async () => {
    const reply = await harness().query<JobList>(
      `{ reportJobs(first: 100) { totalCount nodes { ${JOB_FIELDS} } } }`,
      undefined,
      me,
    );
    expect(reply.body.errors).toBeUndefined();
    const jobs = reply.body.data!.reportJobs.nodes;
    expect(jobs.length).toBeGreaterThanOrEqual(6);
    expect(reply.body.data!.reportJobs.totalCount).toBe(jobs.length);
    expect(jobs.some((job) => job.type === 'UNKNOWN')).toBe(true);
    for (const job of jobs) {
      expect(typeof job.active).toBe('boolean');
      expect(Array.isArray(job.recipients)).toBe(true);
    }
    expect(jobs.filter((job) => job.recipients.length === 0).length).toBeGreaterThanOrEqual(2);
    expect(upstreamQuery(harness(), 'listReportJobs')).toMatchObject({
      orderby: 'created_at desc, id asc',
      count: 'true',
      top: '100',
    });
  });

  it("turn where and orderBy into Dataflow's OData, quotes doubled", async () => {
    const reply = await harness().query<JobList>(
      `{ reportJobs(where: { scheduleNameContains: "O'Brien", active: true, format: CSV }, orderBy: [{ field: SCHEDULE_NAME }, { field: UPDATED_AT, direction: DESC }]) { nodes { scheduleName active format } } }`,
      undefined,
      me,
    );
    expect(reply.body.errors).toBeUndefined();
    expect(upstreamQuery(harness(), 'listReportJobs')).toMatchObject({
      filter: "active eq true and format eq 'CSV' and contains(schedule_name,'O''Brien')",
      orderby: 'schedule_name asc, updated_at desc, id asc',
    });
    for (const job of reply.body.data!.reportJobs.nodes) {
      expect(job.scheduleName).toContain("O'Brien");
      expect(job.active).toBe(true);
    }
  });

  it('are created with timezone, updated with time_zone, and the change is visible at once', async () => {
    await harness().query(`{ reportJobs { nodes { id } } }`, undefined, me); // warm the cache
    const created = await harness().query<{ createReportJob: Job }>(
      `mutation($input: CreateReportJobInput!) { createReportJob(input: $input) { ${JOB_FIELDS} } }`,
      {
        input: {
          type: 'QUEUE_PERFORMANCE',
          format: 'CSV',
          scheduleName: 'Nightly queues',
          cronExpr: '1 0 * * *',
          recipients: ['ops@example.com', 'lead@example.com'],
          timezone: 'Asia/Shanghai',
          params: { queues: ['8000'] },
        },
      },
      me,
    );
    expect(created.body.errors).toBeUndefined();
    const job = created.body.data!.createReportJob;
    expect(job).toMatchObject({
      type: 'QUEUE_PERFORMANCE',
      scheduleName: 'Nightly queues',
      active: true,
      recipients: ['ops@example.com', 'lead@example.com'],
      timezone: 'Asia/Shanghai',
    });
    const createBody = JSON.parse(
      harness().simulator.requests.find((request) => request.operationId === 'createReportJob')!.body,
    ) as Record<string, unknown>;
    expect(createBody).toMatchObject({
      timezone: 'Asia/Shanghai',
      recipients: 'ops@example.com;lead@example.com',
      schedule_name: 'Nightly queues',
      cron_expr: '1 0 * * *',
    });
    expect(createBody).not.toHaveProperty('time_zone');

    const listed = await harness().query<JobList>(`{ reportJobs(first: 100) { nodes { id } } }`, undefined, me);
    expect(listed.body.data!.reportJobs.nodes.map((node) => node.id)).toContain(job.id);

    const updated = await harness().query<{ updateReportJob: Job }>(
      `mutation($id: ID!) { updateReportJob(id: $id, input: { timezone: "Europe/Berlin", active: false }) { ${JOB_FIELDS} } }`,
      { id: job.id },
      me,
    );
    expect(updated.body.errors).toBeUndefined();
    expect(updated.body.data!.updateReportJob).toMatchObject({
      id: job.id,
      timezone: 'Europe/Berlin',
      active: false,
      scheduleName: 'Nightly queues',
    });
    const updateBody = JSON.parse(
      harness().simulator.requests.find((request) => request.operationId === 'updateReportJob')!.body,
    );
    expect(updateBody).toEqual({ time_zone: 'Europe/Berlin', active: false });

    const fetched = await harness().query<{ reportJob: Job }>(
      'query($id: ID!) { reportJob(id: $id) { timezone active } }',
      { id: job.id },
      me,
    );
    expect(fetched.body.data!.reportJob).toEqual({ timezone: 'Europe/Berlin', active: false });

    const removed = await harness().query(
      'mutation($id: ID!) { deleteReportJob(id: $id) { id deleted } }',
      { id: job.id },
      me,
    );
    expect(removed.body.data).toEqual({ deleteReportJob: { id: job.id, deleted: true } });
    const gone = await harness().query('query($id: ID!) { reportJob(id: $id) { id } }', { id: job.id }, me);
    expect(gone.body).toEqual({ data: { reportJob: null } });
    const again = await harness().query(
      'mutation($id: ID!) { deleteReportJob(id: $id) { id deleted } }',
      { id: job.id },
      me,
    );
    expect(again.body.data).toEqual({ deleteReportJob: { id: job.id, deleted: false } });
  });

  it('are sent with cron and time zone in canonical form', async () => {
    const created = await harness().query<{ createReportJob: Job }>(
      'mutation { createReportJob(input: { type: NORMAL, format: CSV, scheduleName: "  Weekdays  ", cronExpr: " 0  9 * jan-jun MON-FRI ", recipients: [" ops@example.com "], timezone: "america/new_york" }) { id cronExpr timezone scheduleName recipients } }',
      undefined,
      me,
    );
    expect(created.body.errors).toBeUndefined();
    const body = JSON.parse(
      harness().simulator.requests.find((request) => request.operationId === 'createReportJob')!.body,
    ) as Record<string, unknown>;
    expect(body).toMatchObject({
      cron_expr: '0 9 * 1-6 1-5',
      timezone: 'America/New_York',
      schedule_name: 'Weekdays',
      recipients: 'ops@example.com',
    });
    expect(created.body.data!.createReportJob).toMatchObject({
      cronExpr: '0 9 * 1-6 1-5',
      timezone: 'America/New_York',
      scheduleName: 'Weekdays',
    });
  });

  it('keep years 0000 to 0099 as written in their schedule', async () => {
    const created = await harness().query<{ createReportJob: Job & { startTime: string; endTime: string } }>(
      'mutation { createReportJob(input: { type: NORMAL, format: CSV, scheduleName: "Ancient", cronExpr: "1 0 * * *", recipients: ["ops@example.com"], startTime: "0050-01-01T00:00:00Z", endTime: "0099-12-31T23:59:59+01:00" }) { id startTime endTime } }',
      undefined,
      me,
    );
    expect(created.body.errors).toBeUndefined();
    const body = JSON.parse(
      harness().simulator.requests.find((request) => request.operationId === 'createReportJob')!.body,
    ) as Record<string, unknown>;
    expect(body).toMatchObject({ start_time: '0050-01-01T00:00:00Z', end_time: '0099-12-31T23:59:59+01:00' });
  });

  it('still give the new id when the create succeeded but its read-back failed, so a retry cannot duplicate it', async () => {
    const before = await harness().query<JobList>('{ reportJobs(first: 100) { totalCount } }', undefined, me);
    // Every attempt of the read-back (the first and its retries) fails.
    harness().simulator.injectFault({ operationId: 'getReportJob', times: 3, fault: { kind: 'status', status: 503 } });
    const reply = await harness().query<{ createReportJob: Job & { createdAt: string | null } }>(
      'mutation { createReportJob(input: { type: QUEUE_CALLBACKS, format: HTML, scheduleName: "Callbacks", cronExpr: "30 6 * * 1", recipients: ["ops@example.com"], timezone: "Europe/Paris" }) { id type format scheduleName cronExpr active recipients timezone createdAt } }',
      undefined,
      me,
    );
    expect(reply.status).toBe(200);
    const createdId = reply.body.data!.createReportJob.id;
    expect(createdId).toMatch(/^[A-Za-z0-9+=_-]+$/);
    expect(harness().simulator.countRequests('createReportJob')).toBe(1);
    expect(reply.body.data!.createReportJob).toEqual({
      id: createdId,
      type: 'QUEUE_CALLBACKS',
      format: 'HTML',
      scheduleName: 'Callbacks',
      cronExpr: '30 6 * * 1',
      active: true,
      recipients: ['ops@example.com'],
      timezone: 'Europe/Paris',
      createdAt: null,
    });
    expect(reply.body.errors).toHaveLength(1);
    expect(reply.body.errors![0]).toMatchObject({
      message: expect.stringMatching(
        new RegExp(
          `^Report job ${createdId} was created, but reading it back failed \\(Dataflow failed to answer getReportJob \\(503\\)\\); its other fields are what was sent$`,
        ),
      ),
      path: ['createReportJob'],
      extensions: { code: 'UPSTREAM_UNAVAILABLE', createdId, upstream: { operation: 'getReportJob', status: 503 } },
    });
    const logged = harness()
      .logs.filter((line) => line.msg === 'graphql operation')
      .at(-1)!;
    expect(logged.errors).toEqual(['UPSTREAM_UNAVAILABLE']);
    harness().simulator.clearFaults();
    const after = await harness().query<JobList>(
      '{ reportJobs(first: 100) { totalCount nodes { id } } }',
      undefined,
      me,
    );
    expect(after.body.data!.reportJobs.totalCount).toBe(before.body.data!.reportJobs.totalCount! + 1);
    expect(after.body.data!.reportJobs.nodes.map((node) => node.id)).toContain(createdId);
  });

  it('read back each of several updates in one mutation as written, not as read before it', async () => {
    const id = 'NzAwNTUxOTA5NzczMTQ4MTYw';
    const reply = await harness().query<{ a: { active: boolean }; b: { active: boolean } }>(
      `mutation { a: updateReportJob(id: "${id}", input: { active: true }) { active } b: updateReportJob(id: "${id}", input: { active: false }) { active } }`,
      undefined,
      me,
    );
    expect(reply.body.errors).toBeUndefined();
    expect(reply.body.data).toEqual({ a: { active: true }, b: { active: false } });
    expect(harness().simulator.countRequests('getReportJob')).toBe(2);
  });

  it('invalidate the list also when an update fails: it may have happened', async () => {
    const id = 'NzAwNTUxOTA5NzczMTQ4MTYw';
    const list = '{ reportJobs(first: 100) { nodes { id } } }';
    await harness().query(list, undefined, me);
    await harness().query(list, undefined, me);
    expect(harness().simulator.countRequests('listReportJobs')).toBe(1);
    harness().simulator.injectFault({
      operationId: 'updateReportJob',
      times: 1,
      fault: { kind: 'status', status: 503 },
    });
    const failed = await harness().query(
      `mutation { updateReportJob(id: "${id}", input: { active: true }) { id } }`,
      undefined,
      me,
    );
    expect(failed.body.errors![0]!.extensions!.code).toBe('UPSTREAM_UNAVAILABLE');
    await harness().query(list, undefined, me);
    expect(harness().simulator.countRequests('listReportJobs')).toBe(2);
  });

  it('answer NOT_FOUND when updating one that does not exist', async () => {
    const reply = await harness().query(
      'mutation { updateReportJob(id: "no-such-job", input: { active: true }) { id } }',
      undefined,
      me,
    );
    expect(reply.body.data).toEqual({ updateReportJob: null });
    expect(reply.body.errors![0]).toMatchObject({
      message: 'Report job no-such-job does not exist',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('are per caller: one caller never sees what another created', async () => {
    const other = { authorization: 'Bearer report-jobs-other-caller' };
    const created = await harness().query<{ createReportJob: Job }>(
      'mutation { createReportJob(input: { type: NORMAL, format: HTML, scheduleName: "Private", cronExpr: "0 6 * * 1", recipients: ["me@example.com"] }) { id } }',
      undefined,
      other,
    );
    const id = created.body.data!.createReportJob.id;
    const mine = await harness().query<JobList>('{ reportJobs(first: 100) { nodes { id } } }', undefined, me);
    expect(mine.body.data!.reportJobs.nodes.map((node) => node.id)).not.toContain(id);
    const theirs = await harness().query<JobList>('{ reportJobs(first: 100) { nodes { id } } }', undefined, other);
    expect(theirs.body.data!.reportJobs.nodes.map((node) => node.id)).toContain(id);
  });
});
