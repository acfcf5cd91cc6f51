import { useHarness } from '../helpers/use-harness.js';

const R = '{ start: "2026-11-27T00:00:00Z", end: "2026-11-28T00:00:00Z" }';

/** Each misuse: the query, the message the client must get, and no upstream call. */
const MISUSES: Array<[string, string, RegExp]> = [
  [
    'a DateTime without offset (variable)',
    'query($range: TimeRange!) { queueSummary(queues: ["8000"], range: $range) { totalCalls } }',
    /at "range\.start"; .*DateTime "2026-11-27T00:00:00" has no offset/,
  ],
  [
    'a DateTime without offset (literal)',
    '{ queueSummary(queues: ["8000"], range: { start: "2026-11-27T00:00:00", end: "2026-11-28T00:00:00Z" }) { totalCalls } }',
    /^range\.start: DateTime .*has no offset/,
  ],
  [
    'end before start',
    '{ queue(number: "8000") { summary(range: { start: "2026-11-28T00:00:00Z", end: "2026-11-27T00:00:00Z" }) { totalCalls } } }',
    /^range: end .* must be after start/,
  ],
  [
    'a history range over 365 days',
    '{ callHistory(filter: { range: { start: "2025-01-01T00:00:00Z", end: "2026-11-28T00:00:00Z" } }) { nodes { sessionId } } }',
    /^filter\.range: call history covers at most 365 days/,
  ],
  [
    'call volume under a day',
    '{ callVolume(range: { start: "2026-11-27T00:00:00Z", end: "2026-11-27T12:00:00Z" }) { time } }',
    /^range: call volume needs a range of at least 1 day/,
  ],
  [
    'an hour of day out of range',
    `{ callHistory(filter: { range: ${R}, startHourOfDay: 24 }) { nodes { sessionId } } }`,
    /^filter\.startHourOfDay: must be from 0 to 23, got 24/,
  ],
  [
    'an end hour of 0',
    `{ callHistory(filter: { range: ${R}, endHourOfDay: 0 }) { nodes { sessionId } } }`,
    /^filter\.endHourOfDay: must be from 1 to 24/,
  ],
  [
    'first above 1000',
    `{ callHistory(filter: { range: ${R} }, first: 1001) { nodes { sessionId } } }`,
    /^first: must be from 1 to 1000, got 1001/,
  ],
  ['first of 0', '{ reportJobs(first: 0) { nodes { id } } }', /^first: must be from 1 to 1000/],
  [
    'a forged cursor',
    '{ reportJobs(after: "bm90LWEtY3Vyc29y") { nodes { id } } }',
    /^after: .* is not a cursor of this connection/,
  ],
  [
    'an invalid e-mail',
    'mutation { createReportJob(input: { type: NORMAL, format: CSV, scheduleName: "x", cronExpr: "1 0 * * *", recipients: ["a@example.com", "nope"] }) { id } }',
    /^input\.recipients\[1\]: "nope" is not an e-mail address/,
  ],
  [
    'an unknown IANA time zone',
    'mutation { createReportJob(input: { type: NORMAL, format: CSV, scheduleName: "x", cronExpr: "1 0 * * *", recipients: ["ops@example.com"], timezone: "Mars/Olympus" }) { id } }',
    /^input\.timezone: "Mars\/Olympus" is not an IANA time zone/,
  ],
  [
    'a malformed cron',
    'mutation { createReportJob(input: { type: NORMAL, format: CSV, scheduleName: "x", cronExpr: "every day", recipients: ["ops@example.com"] }) { id } }',
    /^input\.cronExpr: .*five fields/,
  ],
  [
    'a cron field out of range',
    'mutation { updateReportJob(id: "abc", input: { cronExpr: "0 25 * * *" }) { id } }',
    /^input\.cronExpr: .*not a valid cron expression/,
  ],
  [
    'a null where null cannot clear',
    'mutation { updateReportJob(id: "abc", input: { scheduleName: null }) { id } }',
    /^input\.scheduleName: cannot be null/,
  ],
  [
    'an empty update',
    'mutation { updateReportJob(id: "abc", input: {}) { id } }',
    /^input: give at least one field to change/,
  ],
  [
    'UNKNOWN as a filter',
    `{ callHistory(filter: { range: ${R}, status: UNKNOWN }) { nodes { sessionId } } }`,
    /^filter\.status: UNKNOWN only describes/,
  ],
  [
    'a session id that is not a 64-bit integer',
    '{ callSession(sessionId: "12ab") { sessionId } }',
    /^sessionId: "12ab" is not a 64-bit id/,
  ],
  [
    'a tenant id with a decimal point',
    `{ callVolume(range: { start: "2026-11-20T00:00:00Z", end: "2026-11-27T00:00:00Z" }, tenants: ["1.5"]) { time } }`,
    /^tenants\[0\]: "1\.5" is not a 64-bit id/,
  ],
  ['an empty queue list', `{ queueSummary(queues: [], range: ${R}) { totalCalls } }`, /^queues: name at least one/],
  [
    'minDuration above maxDuration',
    `{ callHistory(filter: { range: ${R}, minDuration: 60, maxDuration: 30 }) { nodes { sessionId } } }`,
    /^filter\.maxDuration: must not be less than filter\.minDuration/,
  ],
  [
    'startedBefore before startedAfter',
    '{ reportExecutions(where: { startedAfter: "2026-11-10T00:00:00Z", startedBefore: "2026-11-01T00:00:00Z" }) { nodes { id } } }',
    /^where\.startedBefore: must be after where\.startedAfter/,
  ],
];

describe('bad input is refused with BAD_USER_INPUT, naming the argument, before any upstream call', () => {
  const harness = useHarness();

  it.each(MISUSES)('%s', async (_name, query, message) => {
    const variables = query.startsWith('query($range')
      ? { range: { start: '2026-11-27T00:00:00', end: '2026-11-28T00:00:00Z' } }
      : undefined;
    const reply = await harness().query(query, variables);
    expect(reply.body.errors).toHaveLength(1);
    expect(reply.body.errors![0]!.message).toMatch(message);
    expect(reply.body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(harness().simulator.requests).toHaveLength(0);
  });

  it('keeps serving afterwards', async () => {
    const reply = await harness().query(`{ queueSummary(queues: ["8000"], range: ${R}) { totalCalls } }`);
    expect(reply.body.errors).toBeUndefined();
    expect(harness().simulator.countRequests('queueSummary')).toBe(1);
  });
});
