import { useHarness } from '../helpers/use-harness.js';
import { DEMO_TOKEN } from '../helpers/harness.js';

/**
 * Every way a client (careless or hostile) can send what the gateway must refuse: each case is
 * answered with its HTTP status, code and message, makes no upstream call and writes no
 * error-level log line, and the gateway keeps serving.
 */
interface RawRequest {
  readonly method?: string;
  /** Appended to /graphql (a query string), or an absolute path. */
  readonly path?: string;
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

interface Case {
  readonly request: RawRequest;
  readonly status: number;
  readonly code: string;
  readonly message: RegExp;
}

const JSON_HEADERS = { 'content-type': 'application/json', authorization: DEMO_TOKEN };
const RANGE = { start: '2026-11-27T00:00:00Z', end: '2026-11-28T00:00:00Z' };
const R = '{ start: "2026-11-27T00:00:00Z", end: "2026-11-28T00:00:00Z" }';

const post = (query: string, variables?: unknown, headers: Record<string, string> = JSON_HEADERS): RawRequest => ({
  method: 'POST',
  headers,
  body: JSON.stringify({ query, variables }),
});
/** A body written by hand: keys JSON.stringify would drop or reorder, nesting it would overflow on. */
const postText = (query: string, variablesText: string): RawRequest => ({
  method: 'POST',
  headers: JSON_HEADERS,
  body: `{"query":${JSON.stringify(query)},"variables":${variablesText}}`,
});
const get = (
  query: string,
  variablesText?: string,
  headers: Record<string, string> = { authorization: DEMO_TOKEN, 'apollo-require-preflight': 'true' },
): RawRequest => ({
  headers,
  path: `?query=${encodeURIComponent(query)}${variablesText === undefined ? '' : `&variables=${encodeURIComponent(variablesText)}`}`,
});
const nested = (depth: number, leaf = '1'): string => '{"a":'.repeat(depth) + leaf + '}'.repeat(depth);

const SUMMARY = 'query($range: TimeRange!) { queueSummary(queues: ["8000"], range: $range) { totalCalls } }';
const JOBS = 'query($first: Int) { reportJobs(first: $first) { nodes { id } } }';
const HISTORY =
  'query($status: CallStatus) { callHistory(filter: { range: { start: "2026-11-27T00:00:00Z", end: "2026-11-28T00:00:00Z" }, status: $status }) { nodes { sessionId } } }';
const CREATE = 'mutation($input: CreateReportJobInput!) { createReportJob(input: $input) { id } }';
const UPDATE = 'mutation($id: ID!, $input: UpdateReportJobInput!) { updateReportJob(id: $id, input: $input) { id } }';
const WITH_PARAMS =
  'mutation($p: JSON) { createReportJob(input: { type: NORMAL, format: CSV, scheduleName: "x", cronExpr: "1 0 * * *", recipients: ["a@example.com"], params: $p }) { id } }';
const job = (overrides: Record<string, unknown>) => ({
  type: 'NORMAL',
  format: 'CSV',
  scheduleName: 'Nightly',
  cronExpr: '1 0 * * *',
  recipients: ['ops@example.com'],
  ...overrides,
});
const numbers = (count: number, from = 8000) => Array.from({ length: count }, (_, index) => String(from + index));

const VARIABLES: Record<string, Case> = {
  'a missing required variable': {
    request: post(SUMMARY, {}),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^Variable "\$range" of required type "TimeRange!" was not provided\.$/,
  },
  'a missing required variable, even without a token': {
    request: post(SUMMARY, {}, { 'content-type': 'application/json' }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^Variable "\$range" of required type "TimeRange!" was not provided\.$/,
  },
  'null for a non-null variable': {
    request: post(SUMMARY, { range: null }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^Variable "\$range" of non-null type "TimeRange!" must not be null\.$/,
  },
  'a string where an Int goes': {
    request: post(JOBS, { first: 'ten' }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^Variable "\$first" got invalid value "ten"; Int cannot represent non-integer value: "ten"$/,
  },
  'an Int beyond 32 bits': {
    request: post(JOBS, { first: 2 ** 31 }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message:
      /^Variable "\$first" got invalid value 2147483648; Int cannot represent non 32-bit signed integer value: 2147483648$/,
  },
  'a float for an Int': {
    request: post(JOBS, { first: 1.5 }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /Int cannot represent non-integer value: 1\.5$/,
  },
  'a number too large for JSON': {
    request: postText(JOBS, '{"first": 1e400}'),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^Variable "\$first" got invalid value Infinity; Int cannot represent non-integer value: Infinity$/,
  },
  'an enum value the schema lacks': {
    request: post(HISTORY, { status: 'BOGUS' }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^Variable "\$status" got invalid value "BOGUS"; Value "BOGUS" does not exist in "CallStatus" enum\.$/,
  },
  'an input field the schema lacks': {
    request: post(SUMMARY, { range: { ...RANGE, color: 'red' } }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^Variable "\$range" got invalid value .*; Field "color" is not defined by type "TimeRange"\.$/,
  },
  'a __proto__ key': {
    request: postText(
      SUMMARY,
      `{"range":{"start":"${RANGE.start}","end":"${RANGE.end}","__proto__":{"polluted":true}}}`,
    ),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /Field "__proto__" is not defined by type "TimeRange"\.$/,
  },
  'a list where an object goes': {
    request: post(SUMMARY, { range: [RANGE] }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^Variable "\$range" got invalid value .*; Expected type "TimeRange" to be an object\.$/,
  },
  'an object nested 5000 deep': {
    request: postText(SUMMARY, `{"range":${nested(5000)}}`),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^The request body nests deeper than 64 levels; no variable of this schema needs more than 32$/,
  },
  'an object nested 5000 deep beside a 64-bit number': {
    request: postText(SUMMARY, `{"n":1040099039162400768,"range":${nested(5000)}}`),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^The request body nests deeper than 64 levels/,
  },
  'a JSON variable nested 40 deep': {
    request: postText(WITH_PARAMS, `{"p":${nested(40)}}`),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^Variable "\$p" nests deeper than 32 levels; no input of this schema needs that many$/,
  },
  'a GET variable nested 40 deep (even one the operation does not declare)': {
    request: get('{ __typename }', `{"p":${nested(40)}}`),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^Variable "\$p" nests deeper than 32 levels/,
  },
  'a GET variable that lost digits': {
    request: get('query($id: ID!) { callSession(sessionId: $id) { sessionId } }', '{"id":1040099039162400768}'),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^variables\.id: an integer beyond 2\^53 lost digits on the way in/,
  },
};

const IDS: Record<string, Case> = {
  'reportJob(id: "..")': {
    request: post('{ reportJob(id: "..") { id } }'),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^id: "\.\." is not a Dataflow id/,
  },
  'updateReportJob(id: ".")': {
    request: post(UPDATE, { id: '.', input: { active: false } }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^id: "\." is not a Dataflow id/,
  },
  'deleteReportJob(id: "..")': {
    request: post('mutation { deleteReportJob(id: "..") { deleted } }'),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^id: "\.\." is not a Dataflow id/,
  },
  'deleteReportExecution(id: "...")': {
    request: post('mutation { deleteReportExecution(id: "...") { deleted } }'),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^id: "\.\.\." is not a Dataflow id/,
  },
  'an empty id': {
    request: post('{ reportJob(id: "") { id } }'),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^id: must not be empty$/,
  },
  'an id with a slash': {
    request: post('mutation { deleteReportJob(id: "x/../../report_jobs") { deleted } }'),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^id: "x\/\.\.\/\.\.\/report_jobs" is not a Dataflow id/,
  },
  'an id with percent-encoded dots': {
    request: post('{ reportJob(id: "%2e%2e") { id } }'),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /is not a Dataflow id/,
  },
  'a job id of dots in a filter': {
    request: post('{ reportExecutions(where: { jobId: ".." }) { nodes { id } } }'),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^where\.jobId: "\.\." is not a Dataflow id/,
  },
  'a session id that is not a 64-bit integer': {
    request: post('{ callSession(sessionId: "12ab") { sessionId } }'),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^sessionId: "12ab" is not a 64-bit id/,
  },
};

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

const REPORT_JOBS: Record<string, Case> = {
  'a name of 129 characters': {
    request: post(CREATE, { input: job({ scheduleName: 'n'.repeat(129) }) }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^input\.scheduleName: must be at most 128 characters, got 129$/,
  },
  'a name of 100 KB': {
    request: post(CREATE, { input: job({ scheduleName: 'n'.repeat(100_000) }) }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^input\.scheduleName: must be at most 128 characters, got 100000$/,
  },
  'a name with a newline': {
    request: post(UPDATE, { id: 'abc', input: { scheduleName: 'Night\nly' } }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^input\.scheduleName: must not contain control characters \(U\+000A at position 5\)$/,
  },
  'a blank name': {
    request: post(CREATE, { input: job({ scheduleName: '   ' }) }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^input\.scheduleName: must not be blank$/,
  },
  'no recipients on create': {
    request: post(CREATE, { input: job({ recipients: [] }) }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^input\.recipients: name from 1 to 50 e-mail addresses$/,
  },
  'no recipients on update': {
    request: post(UPDATE, { id: 'abc', input: { recipients: [] } }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^input\.recipients: name from 1 to 50 e-mail addresses$/,
  },
  '51 recipients': {
    request: post(CREATE, { input: job({ recipients: numbers(51).map((n) => `r${n}@example.com`) }) }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^input\.recipients: may hold at most 50 items, got 51$/,
  },
  '1000 recipients': {
    request: post(CREATE, { input: job({ recipients: numbers(1000).map((n) => `r${n}@example.com`) }) }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^input\.recipients: may hold at most 50 items, got 1000$/,
  },
  'an address of 255 characters': {
    request: post(CREATE, { input: job({ recipients: [`${'a'.repeat(243)}@example.com`] }) }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^input\.recipients\[0\]: must be at most 254 characters, got 255$/,
  },
  'cron with L': {
    request: post(CREATE, { input: job({ cronExpr: '0 0 L * *' }) }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^input\.cronExpr: "0 0 L \* \*" is not a valid cron expression: day of month "L" must be from 1 to 31$/,
  },
  'cron with ?': {
    request: post(CREATE, { input: job({ cronExpr: '0 0 ? * 1' }) }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^input\.cronExpr: .* day of month "\?" is not a number, a range, \* or a step$/,
  },
  'cron with #': {
    request: post(CREATE, { input: job({ cronExpr: '0 0 * * 1#2' }) }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^input\.cronExpr: .* day of week "1#2" is not a number, a range, \* or a step$/,
  },
  'cron with a step of 99999999999': {
    request: post(CREATE, { input: job({ cronExpr: '*/99999999999 * * * *' }) }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^input\.cronExpr: .* minute step "\/99999999999" must be from 1 to 59$/,
  },
  'cron with six fields': {
    request: post(CREATE, { input: job({ cronExpr: '0 0 1 * * *' }) }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^input\.cronExpr: .* it needs five fields .*; it has 6$/,
  },
  'cron with a backward range': {
    request: post(CREATE, { input: job({ cronExpr: '0 17-9 * * *' }) }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /hour range "17-9" runs backwards$/,
  },
  'a cron macro': {
    request: post(CREATE, { input: job({ cronExpr: '@daily' }) }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /it needs five fields .*; it has 1$/,
  },
  'an unknown time zone': {
    request: post(CREATE, { input: job({ timezone: 'Mars/Olympus_Mons' }) }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^input\.timezone: "Mars\/Olympus_Mons" is not an IANA time zone/,
  },
  'a time zone that is an offset': {
    request: post(CREATE, { input: job({ timezone: '+08:00' }) }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^input\.timezone: "\+08:00" is not an IANA time zone/,
  },
  'params that are a string': {
    request: post(WITH_PARAMS, { p: 'hello' }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^input\.params: must be a JSON object such as \{"queues": \["8000"\]\}$/,
  },
  'params that are a list': {
    request: post(WITH_PARAMS, { p: [1, 2] }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^input\.params: must be a JSON object/,
  },
  'params that are a number, on update': {
    request: post('mutation($p: JSON) { updateReportJob(id: "abc", input: { params: $p }) { id } }', { p: 5 }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^input\.params: must be a JSON object/,
  },
  'params holding a number JSON cannot write': {
    request: postText(WITH_PARAMS, '{"p":{"limits":[1,1e400]}}'),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^input\.params\.limits\[1\]: must be a finite number$/,
  },
  'a second create refused before the first is made': {
    request: post(
      'mutation { a: createReportJob(input: { type: NORMAL, format: CSV, scheduleName: "a", cronExpr: "1 0 * * *", recipients: ["a@example.com"] }) { id } b: createReportJob(input: { type: NORMAL, format: CSV, scheduleName: "b", cronExpr: "0 0 L * *", recipients: ["a@example.com"] }) { id } }',
    ),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^input\.cronExpr: "0 0 L \* \*" is not a valid cron expression/,
  },
  'cron with a step after a single value': {
    request: post(CREATE, { input: job({ cronExpr: '5/15 * * * *' }) }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /minute "5\/15" has a step after a single value/,
  },
  'params of 40 KB': {
    request: post(CREATE, { input: job({ params: { queues: numbers(5000) } }) }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /^input\.params: must be at most 32768 characters as JSON, got \d+$/,
  },
};

const HTTP: Record<string, Case> = {
  'a body that is not JSON': {
    request: { method: 'POST', headers: JSON_HEADERS, body: '{"query": ' },
    status: 400,
    code: 'BAD_REQUEST',
    message: /^The request body is not valid JSON$/,
  },
  'a body without a query': {
    request: { method: 'POST', headers: JSON_HEADERS, body: '{}' },
    status: 400,
    code: 'BAD_REQUEST',
    message: /^POST body missing/,
  },
  'variables as a string': {
    request: { method: 'POST', headers: JSON_HEADERS, body: '{"query":"{ __typename }","variables":"{}"}' },
    status: 400,
    code: 'BAD_REQUEST',
    message: /`variables` in a POST body should be provided as an object/,
  },
  'a body over MAX_BODY_BYTES': {
    request: post(`{ __typename } # ${'x'.repeat(1_100_000)}`),
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    message: /^The request body exceeds 1048576 bytes$/,
  },
  'a GET without a preflight header': {
    request: get('{ __typename }', undefined, { authorization: DEMO_TOKEN }),
    status: 400,
    code: 'BAD_REQUEST',
    message: /Cross-Site Request Forgery \(CSRF\).*apollo-require-preflight/,
  },
  'a POST as text/plain': {
    request: post('{ __typename }', undefined, { 'content-type': 'text/plain', authorization: DEMO_TOKEN }),
    status: 400,
    code: 'BAD_REQUEST',
    message: /Cross-Site Request Forgery/,
  },
  'a mutation sent with GET': {
    request: get('mutation { deleteReportJob(id: "abc") { deleted } }'),
    status: 405,
    code: 'BAD_REQUEST',
    message: /^GET requests only support query operations, not mutation operations$/,
  },
  'a PUT': {
    request: { ...post('{ __typename }'), method: 'PUT' },
    status: 405,
    code: 'BAD_REQUEST',
    message: /^Apollo Server supports only GET\/POST requests\.$/,
  },
  'an operationName the document lacks': {
    request: {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ query: 'query A { __typename }', operationName: 'B' }),
    },
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
    message: /^Unknown operation named "B"\.$/,
  },
  'two operations and no operationName': {
    request: post('query A { __typename } query B { __typename }'),
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
    message: /^Must provide operation name if query contains multiple operations\.$/,
  },
  'a persisted query this instance does not know': {
    request: {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }),
    },
    status: 200,
    code: 'PERSISTED_QUERY_NOT_FOUND',
    message: /^PersistedQueryNotFound$/,
  },
  'a persisted query whose hash does not match its text': {
    request: {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({
        query: '{ __typename }',
        extensions: { persistedQuery: { version: 1, sha256Hash: 'b'.repeat(64) } },
      }),
    },
    status: 400,
    code: 'BAD_REQUEST',
    message: /^provided sha does not match query$/,
  },
  'a persisted query of an unknown version': {
    request: {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({
        query: '{ __typename }',
        extensions: { persistedQuery: { version: 2, sha256Hash: 'x' } },
      }),
    },
    status: 400,
    code: 'BAD_REQUEST',
    message: /^Unsupported persisted query version$/,
  },
  'a GET with a content-type other than JSON': {
    request: get('{ __typename }', undefined, { 'apollo-require-preflight': 'true', 'content-type': 'text/plain' }),
    status: 415,
    code: 'BAD_REQUEST',
    message: /^GET requests may not have a content-type header other than application\/json\.$/,
  },
  'an Accept header the gateway cannot answer': {
    request: post('{ __typename }', undefined, { ...JSON_HEADERS, accept: 'text/html' }),
    status: 406,
    code: 'BAD_REQUEST',
    message: /^An 'accept' header was provided for this request which does not accept application\/json/,
  },
  'a subscription': {
    request: post('subscription { __typename }', undefined, { 'content-type': 'application/json' }),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /^The subscription operation is not supported by the schema\.$/,
  },
  'fragments that expand ten thousand times': {
    request: post(
      `{ ...F0 } ${[0, 1, 2, 3].map((level) => `fragment F${level} on Query { ${Array.from({ length: 10 }, () => `...F${level + 1}`).join(' ')} }`).join(' ')} fragment F4 on Query { __typename }`,
    ),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
    message: /^This query is too large to estimate: Query exceeds the maximum allowed number of nodes\.$/,
  },
  'thousands of fields of one name': {
    request: post(`{ ${'__typename '.repeat(4990)}}`),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /^Validation aborted\. The document is too costly to validate/,
  },
  'a megabyte of tokens, without a token': {
    request: post(`{ ${'a '.repeat(500_000)}}`, undefined, { 'content-type': 'application/json' }),
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
    message: /more tha[nt] 5000 tokens/,
  },
  'a document that is not GraphQL': {
    request: post('{ queue(number: "8000" { name } }'),
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
    message: /^Syntax Error: Expected Name, found "\{"\.$/,
  },
  'a field the schema lacks': {
    request: post('{ queue(number: "8000") { color } }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /^Cannot query field "color" on type "Queue"\.$/,
  },
  'a path that is not served': {
    request: { path: '/api/dataflow/report_jobs' },
    status: 404,
    code: 'NOT_FOUND',
    message: /^Nothing here; the GraphQL endpoint is \/graphql$/,
  },
};

describe('hostile input', () => {
  const harness = useHarness();

  async function send(request: RawRequest) {
    const base = harness().url;
    const url = request.path?.startsWith('/')
      ? base.replace(/\/graphql$/, request.path)
      : `${base}${request.path ?? ''}`;
    const response = await fetch(url, {
      method: request.method ?? 'GET',
      headers: request.headers,
      body: request.body,
    });
    const body = (await response.json()) as {
      data?: unknown;
      errors?: Array<{ message: string; locations?: unknown; extensions?: { code?: string } }>;
    };
    return { status: response.status, body };
  }

  describe.each([
    ['variables that do not fit the schema', VARIABLES],
    ['ids that would name another upstream resource', IDS],
    ['limits on documents, lists and strings', LIMITS],
    ['report job input', REPORT_JOBS],
    ['requests outside GraphQL', HTTP],
  ])('%s', (_group, cases) => {
    it.each(Object.entries(cases))('%s', async (_name, expected) => {
      const logsBefore = harness().logs.length;
      const reply = await send(expected.request);
      const first = reply.body.errors?.[0];
      expect({ status: reply.status, code: first?.extensions?.code }).toEqual({
        status: expected.status,
        code: expected.code,
      });
      expect(first!.message).toMatch(expected.message);
      expect(harness().simulator.requests).toEqual([]);
      const errorLines = harness()
        .logs.slice(logsBefore)
        .filter((line) => (line.level as number) >= 50);
      expect(errorLines).toEqual([]);
    });
  });

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
      const reply = await send(post(query, variables));
      expect(reply.status).toBe(200);
      expect(reply.body.errors).toBeUndefined();
    });

    it('are checked where they run', async () => {
      const reply = await send(post(DASHBOARD, { r: WEEK, short: true }));
      expect(reply.status).toBe(400);
      expect(reply.body.errors![0]!.message).toMatch(/^range: an agent summary covers at most 1 day/);
      expect(harness().simulator.requests).toEqual([]);
    });
  });

  it('points at the argument that broke a limit, also in a document that passed with other variables', async () => {
    const document = 'query($q: [String!]) {\n  queues(numbers: $q) { number }\n}';
    expect((await send(post(document, { q: numbers(100) }))).status).toBe(200);
    const reply = await send(post(document, { q: numbers(101) }));
    expect(reply.body.errors![0]).toMatchObject({
      message: 'numbers: may hold at most 100 items, got 101',
      locations: [{ line: 2, column: 10 }],
    });
  });

  it('keeps serving afterwards', async () => {
    const [health, reply] = await Promise.all([
      fetch(harness().url.replace(/\/graphql$/, '/healthz')),
      harness().query(`{ queueSummary(queues: ["8000"], range: ${R}) { totalCalls } }`),
    ]);
    expect(health.status).toBe(200);
    expect(reply.body.errors).toBeUndefined();
    expect(harness().simulator.countRequests('queueSummary')).toBe(1);
    expect(harness().logs.filter((line) => (line.level as number) >= 50)).toEqual([]);
  });
});
