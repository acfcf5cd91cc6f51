import { useHarness } from '../helpers/use-harness.js';

/** The 18 operationIds of dataflow-openapi.yaml. */
const OPERATIONS = [
  'queueSummary',
  'queueTimeseries',
  'agentSummary',
  'agentTimeseries',
  'callsTimeseries',
  'callHistory',
  'userCallHistory',
  'callDetails',
  'userCallDetails',
  'listReportJobs',
  'createReportJob',
  'getReportJob',
  'updateReportJob',
  'destroyReportJob',
  'listReportExecutions',
  'destroyReportExecution',
  'listCallQueues',
  'listCallQueueAgents',
];

const R = '{ start: "2026-11-27T00:00:00Z", end: "2026-11-28T00:00:00Z" }';

/** Every Query and Mutation field of the contract, each answered without error. */
describe('every contract field against the upstream operations', () => {
  const me = { authorization: 'Bearer contract-coverage' };
  const harness = useHarness();

  it('reaches all 18 Dataflow operations and answers every root field', async () => {
    const queries = await harness().query<Record<string, unknown>>(
      `{
      queueSummary(queues: ["8000", "8001"], range: ${R}) { totalCalls answerRate abandonRate loggedInAgents availableAgents busyAgents longestWaitingTime avgWaitingTime avgTalkTime }
      queue(number: "8000") { number name summary(range: ${R}) { totalCalls } timeseries(range: ${R}) { time }
        agent(number: "101") { number displayName summary(range: ${R}) { answeredCalls missedCalls transferredCalls totalTalkTime avgTalkTime longestTalkTime loggedInTime readyTime notReadyTime } timeseries(range: ${R}) { time answeredCalls missedCalls totalTalkTime avgTalkTime } }
        agents { number } }
      queues { number name }
      callVolume(range: ${R}, interval: ONE_HOUR) { time total answered notAnswered }
      callHistory(filter: { range: ${R} }, first: 2) { totalCount pageInfo { hasNextPage } edges { cursor node { sessionId details { callId caller callerDisplayName callee calleeDisplayName startedAt rangAt answeredAt endedAt direction endReason rerouteReason statusCode destination trunk queue agent duration } } } }
      myCallHistory(filter: {}, first: 2) { nodes { sessionId user party destination details { callId } } }
      reportJobs(first: 3) { totalCount nodes { id type format scheduleName startTime endTime cronExpr active recipients timezone params createdAt updatedAt executions(first: 2) { nodes { id } } } }
      reportJob(id: "NzAwNTUxOTA5NzczMTQ4MTYw") { id scheduleName }
      reportExecutions(first: 3) { nodes { id job { id } scheduleName type format status startedAt completedAt fileName fileSize fileUrl errorMessage } }
    }`,
      undefined,
      me,
    );
    expect(queries.body.errors).toBeUndefined();
    for (const [field, value] of Object.entries(queries.body.data!)) expect([field, value]).not.toEqual([field, null]);

    const session = (queries.body.data!.callHistory as { edges: Array<{ node: { sessionId: string } }> }).edges[0]!.node
      .sessionId;
    const lookup = await harness().query(`{ callSession(sessionId: "${session}") { sessionId } }`, undefined, me);
    expect(lookup.body.data).toEqual({ callSession: { sessionId: session } });

    const created = await harness().query<{ createReportJob: { id: string } }>(
      'mutation { createReportJob(input: { type: QUEUE_SLA_STATISTICS, format: HTML, scheduleName: "Coverage", cronExpr: "0 7 * * 1-5", recipients: ["a@example.com"] }) { id } }',
      undefined,
      me,
    );
    const id = created.body.data!.createReportJob.id;
    const execution = (queries.body.data!.reportExecutions as { nodes: Array<{ id: string }> }).nodes[0]!.id;
    const mutations = await harness().query(
      `mutation {
      updateReportJob(id: "${id}", input: { scheduleName: "Coverage 2" }) { scheduleName }
      deleteReportJob(id: "${id}") { deleted }
      deleteReportExecution(id: "${execution}") { deleted }
    }`,
      undefined,
      me,
    );
    expect(mutations.body).toEqual({
      data: {
        updateReportJob: { scheduleName: 'Coverage 2' },
        deleteReportJob: { deleted: true },
        deleteReportExecution: { deleted: true },
      },
    });

    const seen = new Set(harness().simulator.requests.map((request) => request.operationId));
    expect(OPERATIONS.filter((operation) => !seen.has(operation))).toEqual([]);
    expect(seen.has('unknown')).toBe(false);
  });
});
