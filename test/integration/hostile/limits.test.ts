import { type Case, describeRefusals, numbers, post, R, send, SUMMARY } from '../../helpers/hostile.js';

const LIMITS: Record<string, Case> = {
  '51 aliases of __typename': {
    request: post(`{ ${Array.from({ length: 51 }, (_, index) => `t${index}: __typename`).join(' ')} }`),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /Aliases limit of 50 exceeded, found 51/,
  },
  'a document nested 1500 deep': {
    request: post(`{ queues(numbers: ${'['.repeat(1500)}"8000"${']'.repeat(1500)}) { number } }`),
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
    message: /^Syntax Error: the document nests braces, brackets and parentheses deeper than 64 levels\.$/,
  },
  'selections nested 2000 deep': {
    request: post(`{ ${'queue(number: "1") { '.repeat(2000)} number ${'}'.repeat(2000)} }`),
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
    message: /deeper than 64 levels/,
  },
  'a JSON literal nested 40 deep': {
    request: post(
      `mutation { createReportJob(input: { type: NORMAL, format: CSV, scheduleName: "x", cronExpr: "1 0 * * *", recipients: ["a@example.com"], params: ${'{a: '.repeat(40)}1${'}'.repeat(40)} }) { id } }`,
    ),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^input\.params: must not nest deeper than 32 levels$/,
  },
  '101 queue numbers': {
    request: post(
      'query($q: [String!]!) { queueSummary(queues: $q, range: { start: "2026-11-27T00:00:00Z", end: "2026-11-28T00:00:00Z" }) { totalCalls } }',
      { q: numbers(101) },
    ),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^queues: may hold at most 100 items, got 101$/,
  },
  '80,000 queue numbers': {
    request: post(
      'query($q: [String!]) { queues(numbers: $q) { number summary(range: { start: "2026-11-27T00:00:00Z", end: "2026-11-28T00:00:00Z" }) { totalCalls } } }',
      { q: numbers(80_000) },
    ),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^numbers: may hold at most 100 items, got 80000$/,
  },
  '201 agent numbers': {
    request: post(
      `{ queue(number: "8000") { agents(numbers: [${numbers(201, 100)
        .map((n) => `"${n}"`)
        .join(',')}]) { number } } }`,
    ),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^numbers: may hold at most 200 items, got 201$/,
  },
  '101 tenants': {
    request: post(
      'query($t: [ID!]) { callVolume(range: { start: "2026-11-20T00:00:00Z", end: "2026-11-27T00:00:00Z" }, tenants: $t) { time } }',
      { t: numbers(101, 1) },
    ),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^tenants: may hold at most 100 items, got 101$/,
  },
  '5 orderBy terms': {
    request: post(
      '{ reportJobs(orderBy: [{ field: TYPE }, { field: TYPE }, { field: TYPE }, { field: TYPE }, { field: TYPE }]) { nodes { id } } }',
    ),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^orderBy: may hold at most 4 items, got 5$/,
  },
  'a queue number of 257 characters': {
    request: post(`{ queue(number: "${'8'.repeat(257)}") { number } }`),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^number: must be at most 256 characters, got 257$/,
  },
  'a cursor of 300 characters': {
    request: post(`{ reportJobs(after: "${'A'.repeat(300)}") { nodes { id } } }`),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^after: must be at most 256 characters, got 300$/,
  },
  'a control character in a filter': {
    request: post(`{ callHistory(filter: { range: ${R}, from: "101\\u0000" }) { nodes { sessionId } } }`),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^filter\.from: must not contain control characters \(U\+0000 at position 3\)$/,
  },
  "a timeseries running into year 10000 in its start's offset": {
    request: post('query($r: TimeRange!) { queue(number: "8000") { timeseries(range: $r) { time } } }', {
      r: { start: '9999-12-30T00:00:00+01:00', end: '9999-12-31T23:30:00Z' },
    }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message:
      /^range: end \(9999-12-31T23:30:00Z\) is past 9999-12-31 in the offset of start \(\+01:00\), in which Dataflow counts; give both in one offset$/,
  },
  "call volume ending in year 10000 in its start's offset": {
    request: post('query($r: TimeRange!) { callVolume(range: $r) { time } }', {
      r: { start: '9999-12-01T00:00:00+05:00', end: '9999-12-31T23:59:59Z' },
    }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^range: end \(9999-12-31T23:59:59Z\) is past 9999-12-31 in the offset of start \(\+05:00\)/,
  },
  'a date-time in year 10000 in UTC': {
    request: post('query($r: TimeRange!) { callVolume(range: $r) { time } }', {
      r: { start: '9999-12-01T00:00:00Z', end: '9999-12-31T23:59:59-23:59' },
    }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /DateTime "9999-12-31T23:59:59-23:59" must lie between 0000-01-01 and 9999-12-31 in UTC$/,
  },
  'a date-time before year 0000 in UTC': {
    request: post(
      `{ queue(number: "8000") { summary(range: { start: "0000-01-01T00:00:00+01:00", end: "0000-01-02T00:00:00Z" }) { totalCalls } } }`,
    ),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^range\.start: DateTime "0000-01-01T00:00:00\+01:00" must lie between 0000-01-01 and 9999-12-31 in UTC$/,
  },
  "a nested field's bad argument, under a list that would be read first": {
    request: post('{ reportJobs(first: 2) { nodes { executions(first: 0) { nodes { id } } } } }'),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^first: must be from 1 to 1000, got 0$/,
  },
  'a forged cursor on a nested field': {
    request: post('{ reportJobs(first: 2) { nodes { executions(after: "bogus") { nodes { id } } } } }'),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^after: "bogus" is not a cursor of this connection$/,
  },
  'an agent summary over 24 hours, under agents from the directory': {
    request: post(
      '{ queue(number: "8000") { agents { summary(range: { start: "2026-11-01T00:00:00Z", end: "2026-11-02T01:00:00Z" }) { answeredCalls } } } }',
    ),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^range: an agent summary covers at most 1 day/,
  },
  'a year of five digits': {
    request: post(SUMMARY, { range: { start: '10000-01-01T00:00:00Z', end: '10000-01-02T00:00:00Z' } }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message:
      /^Variable "\$range" got invalid value "10000-01-01T00:00:00Z" at "range\.start"; Expected type "DateTime"\. DateTime "10000-01-01T00:00:00Z" is not an RFC 3339 date-time/,
  },
};

const harness = describeRefusals('limits on documents, lists and strings', LIMITS);

describe('limits, where execution runs', () => {
  describe('fields that @skip and @include leave out', () => {
    const WEEK = { start: '2026-11-20T00:00:00Z', end: '2026-11-27T00:00:00Z' };
    // An agent summary takes at most a day: a week is a mistake, but only where it would run.
    const DASHBOARD = `query($r: TimeRange!, $short: Boolean!) {
      queue(number: "8000") { summary(range: $r) { totalCalls } agents(numbers: ["101"]) { number summary(range: $r) @include(if: $short) { answeredCalls } } }
    }`;

    it.each([
      ['a field left out by @include', DASHBOARD, { r: WEEK, short: false }],
      [
        'a field left out by @skip, written as a literal',
        '{ queue(number: "8000") { number agent(number: "") @skip(if: true) { number } } }',
        {},
      ],
      [
        'an inline fragment left out',
        'query($r: TimeRange!) { queue(number: "8000") { number ... @skip(if: true) { agents(numbers: ["101"]) { summary(range: $r) { answeredCalls } } } } }',
        { r: WEEK },
      ],
      [
        'a fragment reached only through a spread left out',
        'query($r: TimeRange!) { queue(number: "8000") { number ...Bad @include(if: false) } } fragment Bad on Queue { agents(numbers: ["101"]) { summary(range: $r) { answeredCalls } } }',
        { r: WEEK },
      ],
    ])('are not checked: %s', async (_name, query, variables) => {
      const reply = await send(harness(), post(query, variables));
      expect(reply.status).toBe(200);
      expect(reply.body.errors).toBeUndefined();
    });

    it('are checked where they run', async () => {
      const reply = await send(harness(), post(DASHBOARD, { r: WEEK, short: true }));
      expect(reply.status).toBe(400);
      expect(reply.body.errors![0]!.message).toMatch(/^range: an agent summary covers at most 1 day/);
      expect(harness().simulator.requests).toEqual([]);
    });
  });

  it('points at the argument that broke a limit, also in a document that passed with other variables', async () => {
    const document = 'query($q: [String!]) {\n  queues(numbers: $q) { number }\n}';
    expect((await send(harness(), post(document, { q: numbers(100) }))).status).toBe(200);
    const reply = await send(harness(), post(document, { q: numbers(101) }));
    expect(reply.body.errors![0]).toMatchObject({
      message: 'numbers: may hold at most 100 items, got 101',
      locations: [{ line: 2, column: 10 }],
    });
  });
});
