import { upstreamQuery } from '../helpers/harness.js';
import { useHarness } from '../helpers/use-harness.js';

describe('report executions', () => {
  const me = { authorization: 'Bearer report-executions-suite' };
  const harness = useHarness();

  it('nest under their job newest first, asking Dataflow for that order', async () => {
    const reply = await harness().query<{
      reportJobs: { nodes: Array<{ id: string; executions: { nodes: Array<{ startedAt: string }> } }> };
    }>(
      '{ reportJobs(first: 20) { nodes { id executions(first: 5) { nodes { id startedAt status } } } } }',
      undefined,
      me,
    );
    expect(reply.body.errors).toBeUndefined();
    const jobs = reply.body.data!.reportJobs.nodes;
    for (const job of jobs) {
      const started = job.executions.nodes.map((execution) => Date.parse(execution.startedAt));
      expect([...started].sort((a, b) => b - a)).toEqual(started);
    }
    const requests = harness().simulator.requests.filter((request) => request.operationId === 'listReportExecutions');
    expect(requests).toHaveLength(jobs.length);
    for (const request of requests) {
      expect(request.query.orderby).toBe('started_at desc, id asc');
      expect(request.query.filter).toMatch(/^job_id eq '.+'$/);
    }
  });

  it('point back to their job, null when it was deleted, once per distinct job', async () => {
    const reply = await harness().query<{
      reportExecutions: { nodes: Array<{ status: string; job: { id: string } | null }> };
    }>('{ reportExecutions(first: 100) { nodes { id status job { id scheduleName } } } }', undefined, me);
    expect(reply.body.errors).toBeUndefined();
    const nodes = reply.body.data!.reportExecutions.nodes;
    expect(nodes.some((node) => node.job === null)).toBe(true);
    expect(nodes.some((node) => node.job !== null)).toBe(true);
    expect(nodes.some((node) => node.status === 'UNKNOWN')).toBe(true);
    const distinctJobs = new Set(
      harness()
        .simulator.requests.filter((request) => request.operationId === 'getReportJob')
        .map((request) => request.path),
    );
    expect(harness().simulator.countRequests('getReportJob')).toBe(distinctJobs.size);
  });

  it('take "forever" as clients write it', async () => {
    const reply = await harness().query<{ reportExecutions: { totalCount: number } }>(
      '{ reportExecutions(where: { startedBefore: "9999-12-31T23:59:59Z" }) { totalCount } }',
      undefined,
      me,
    );
    expect(reply.body.errors).toBeUndefined();
    expect(reply.body.data!.reportExecutions.totalCount).toBeGreaterThan(0);
  });

  it('filter by time and status with bare date-time literals', async () => {
    const reply = await harness().query(
      '{ reportExecutions(where: { status: SUCCEEDED, startedAfter: "2026-11-01T00:00:00Z", startedBefore: "2026-11-28T00:00:00+01:00" }, orderBy: [{ field: COMPLETED_AT, direction: ASC }]) { nodes { status } } }',
      undefined,
      me,
    );
    expect(reply.body.errors).toBeUndefined();
    expect(upstreamQuery(harness(), 'listReportExecutions')).toMatchObject({
      filter:
        "status eq 'SUCCEEDED' and started_at gt 2026-11-01T00:00:00Z and started_at lt 2026-11-28T00:00:00+01:00",
      orderby: 'completed_at asc, id asc',
    });
  });

  it('are deleted once; a second delete answers deleted: false', async () => {
    const list = await harness().query<{ reportExecutions: { nodes: Array<{ id: string }> } }>(
      '{ reportExecutions(first: 1) { nodes { id } } }',
      undefined,
      me,
    );
    const id = list.body.data!.reportExecutions.nodes[0]!.id;
    const first = await harness().query(
      'mutation($id: ID!) { deleteReportExecution(id: $id) { id deleted } }',
      { id },
      me,
    );
    expect(first.body.data).toEqual({ deleteReportExecution: { id, deleted: true } });
    const after = await harness().query<{ reportExecutions: { nodes: Array<{ id: string }> } }>(
      '{ reportExecutions(first: 100) { nodes { id } } }',
      undefined,
      me,
    );
    expect(after.body.data!.reportExecutions.nodes.map((node) => node.id)).not.toContain(id);
    const second = await harness().query(
      'mutation($id: ID!) { deleteReportExecution(id: $id) { id deleted } }',
      { id },
      me,
    );
    expect(second.body.data).toEqual({ deleteReportExecution: { id, deleted: false } });
  });
});
