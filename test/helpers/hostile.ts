import type { Harness } from './harness.js';
import { DEMO_TOKEN } from './harness.js';

export { DEMO_TOKEN };
import { useHarness } from './use-harness.js';

// Every way a client (careless or hostile) can send what the gateway must refuse, as tables of
// cases: each is answered with its HTTP status, code and message, makes no upstream call and
// writes no error-level log line, and the gateway keeps serving. The tables are in
// test/integration/hostile/.

export interface RawRequest {
  readonly method?: string;
  /** Appended to /graphql (a query string), or an absolute path. */
  readonly path?: string;
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

export interface Case {
  readonly request: RawRequest;
  readonly status: number;
  readonly code: string;
  readonly message: RegExp;
}

export const JSON_HEADERS = { 'content-type': 'application/json', authorization: DEMO_TOKEN };
export const RANGE = { start: '2026-11-27T00:00:00Z', end: '2026-11-28T00:00:00Z' };
export const R = '{ start: "2026-11-27T00:00:00Z", end: "2026-11-28T00:00:00Z" }';

export const post = (
  query: string,
  variables?: unknown,
  headers: Record<string, string> = JSON_HEADERS,
): RawRequest => ({
  method: 'POST',
  headers,
  body: JSON.stringify({ query, variables }),
});
/** A body written by hand: keys JSON.stringify would drop or reorder, nesting it would overflow on. */
export const postText = (query: string, variablesText: string): RawRequest => ({
  method: 'POST',
  headers: JSON_HEADERS,
  body: `{"query":${JSON.stringify(query)},"variables":${variablesText}}`,
});
export const get = (
  query: string,
  variablesText?: string,
  headers: Record<string, string> = { authorization: DEMO_TOKEN, 'apollo-require-preflight': 'true' },
): RawRequest => ({
  headers,
  path: `?query=${encodeURIComponent(query)}${variablesText === undefined ? '' : `&variables=${encodeURIComponent(variablesText)}`}`,
});
export const nested = (depth: number, leaf = '1'): string => '{"a":'.repeat(depth) + leaf + '}'.repeat(depth);

export const SUMMARY = 'query($range: TimeRange!) { queueSummary(queues: ["8000"], range: $range) { totalCalls } }';
export const JOBS = 'query($first: Int) { reportJobs(first: $first) { nodes { id } } }';
export const HISTORY =
  'query($status: CallStatus) { callHistory(filter: { range: { start: "2026-11-27T00:00:00Z", end: "2026-11-28T00:00:00Z" }, status: $status }) { nodes { sessionId } } }';
export const CREATE = 'mutation($input: CreateReportJobInput!) { createReportJob(input: $input) { id } }';
export const UPDATE =
  'mutation($id: ID!, $input: UpdateReportJobInput!) { updateReportJob(id: $id, input: $input) { id } }';
export const WITH_PARAMS =
  'mutation($p: JSON) { createReportJob(input: { type: NORMAL, format: CSV, scheduleName: "x", cronExpr: "1 0 * * *", recipients: ["a@example.com"], params: $p }) { id } }';
export const job = (overrides: Record<string, unknown>) => ({
  type: 'NORMAL',
  format: 'CSV',
  scheduleName: 'Nightly',
  cronExpr: '1 0 * * *',
  recipients: ['ops@example.com'],
  ...overrides,
});
export const numbers = (count: number, from = 8000) =>
  Array.from({ length: count }, (_, index) => String(from + index));

/** Sends a request as it is written, and reads the GraphQL-shaped answer. */
export async function send(harness: Harness, request: RawRequest) {
  const base = harness.url;
  const url = request.path?.startsWith('/') ? base.replace(/\/graphql$/, request.path) : `${base}${request.path ?? ''}`;
  const response = await fetch(url, { method: request.method ?? 'GET', headers: request.headers, body: request.body });
  const body = (await response.json()) as {
    data?: unknown;
    errors?: Array<{ message: string; locations?: unknown; extensions?: { code?: string } }>;
  };
  return { status: response.status, body };
}

/**
 * A describe block for one table: each case refused as expected, with no upstream call and no
 * error-level log line; afterwards the gateway still answers. Returns the harness for more tests.
 */
export function describeRefusals(title: string, cases: Record<string, Case>): () => Harness {
  const harness = useHarness();
  describe(title, () => {
    it.each(Object.entries(cases))('%s', async (_name, expected) => {
      const logsBefore = harness().logs.length;
      const reply = await send(harness(), expected.request);
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

    it('leave the gateway serving', async () => {
      const [health, reply] = await Promise.all([
        fetch(harness().url.replace(/\/graphql$/, '/healthz')),
        harness().query(`{ queueSummary(queues: ["8000"], range: ${R}) { totalCalls } }`),
      ]);
      expect(health.status).toBe(200);
      expect(reply.body.errors).toBeUndefined();
      expect(harness().logs.filter((line) => (line.level as number) >= 50)).toEqual([]);
    });
  });
  return harness;
}
