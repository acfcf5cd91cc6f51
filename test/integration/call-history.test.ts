import { deferred } from '../helpers/deferred.js';
import { eventually } from '../helpers/eventually.js';
import { useHarness } from '../helpers/use-harness.js';

const LAST_WEEK = { start: '2026-11-21T00:00:00Z', end: '2026-11-28T15:30:00Z' };

interface HistoryPage {
  callHistory: {
    totalCount: number | null;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    edges: Array<{ cursor: string; node: { sessionId: string } }>;
    nodes: Array<{ sessionId: string; status: string; details?: Array<{ callId: string | null }> | null }>;
  };
}

/** The digits of every session id in a raw upstream body, read without JSON.parse. */
function rawSessionIds(text: string): string[] {
  return [...text.matchAll(/"session_id"\s*:\s*(\d+)/g)].map((match) => match[1]!);
}

describe('call history', () => {
  const harness = useHarness({ env: { CACHE_ENABLED: 'false' } });

  it('serves 50 rows with details as one history call and one details call per distinct session', async () => {
    const reply = await harness().query<HistoryPage>(
      'query($f: CallHistoryFilter!) { callHistory(filter: $f) { nodes { sessionId status details { callId } } } }',
      { f: { range: LAST_WEEK } },
    );
    expect(reply.body.errors).toBeUndefined();
    const nodes = reply.body.data!.callHistory.nodes;
    expect(nodes).toHaveLength(50);
    expect(harness().simulator.countRequests('callHistory')).toBe(1);
    const distinct = new Set(nodes.map((node) => node.sessionId));
    expect(harness().simulator.countRequests('callDetails')).toBe(distinct.size);
    for (const node of nodes) expect(node.details!.length).toBeGreaterThan(0);
    const detailPaths = harness()
      .simulator.requests.filter((request) => request.operationId === 'callDetails')
      .map((request) => request.path);
    expect(new Set(detailPaths).size).toBe(detailPaths.length);
  });

  it('carries 64-bit session ids digit for digit, from JSON numbers to IDs and back into paths', async () => {
    const reply = await harness().query<HistoryPage>(
      'query($f: CallHistoryFilter!) { callHistory(filter: $f, first: 20) { nodes { sessionId details { callId } } } }',
      { f: { range: LAST_WEEK } },
    );
    const ids = reply.body.data!.callHistory.nodes.map((node) => node.sessionId);
    const historyRequest = harness().simulator.requests.find((request) => request.operationId === 'callHistory')!;
    expect(historyRequest.body).toContain('"start_time"');
    // The simulator's own text for the same request holds the ids the client got, unrounded.
    const upstream = await fetch(`${harness().simulator.url}/dataflow/analytics/calls/history?top=20`, {
      method: 'POST',
      headers: { authorization: 'Bearer x', 'content-type': 'application/json' },
      body: historyRequest.body,
    });
    expect(ids).toEqual(rawSessionIds(await upstream.text()));
    expect(ids.every((id) => BigInt(id) > 2n ** 53n)).toBe(true);
    const paths = harness()
      .simulator.requests.filter((request) => request.operationId === 'callDetails')
      .map((request) => request.path.split('/').at(-1));
    expect(paths.sort()).toEqual([...ids].sort());
  });

  it('pages with opaque cursors, 250 rows as concurrent pages of 100, count only when selected', async () => {
    const first = await harness().query<HistoryPage>(
      'query($f: CallHistoryFilter!) { callHistory(filter: $f, first: 250) { pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { sessionId } } } }',
      { f: { range: LAST_WEEK } },
    );
    expect(first.body.errors).toBeUndefined();
    const page = first.body.data!.callHistory;
    expect(page.edges).toHaveLength(250);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const queries = harness()
      .simulator.requests.filter((request) => request.operationId === 'callHistory')
      .map((request) => request.query);
    expect(queries.map((query) => [query.skip, query.top]).sort()).toEqual([
      ['0', '100'],
      ['100', '100'],
      ['200', '51'],
    ]);
    expect(queries.every((query) => query.count === undefined)).toBe(true);

    harness().simulator.resetRequests();
    const next = await harness().query<HistoryPage>(
      'query($f: CallHistoryFilter!, $after: String) { callHistory(filter: $f, first: 10, after: $after) { totalCount pageInfo { hasPreviousPage } nodes { sessionId } } }',
      { f: { range: LAST_WEEK }, after: page.pageInfo.endCursor },
    );
    const again = await harness().query<HistoryPage>(
      'query($f: CallHistoryFilter!) { callHistory(filter: $f, first: 260) { nodes { sessionId } } }',
      { f: { range: LAST_WEEK } },
    );
    expect(next.body.data!.callHistory.nodes.map((node) => node.sessionId)).toEqual(
      again.body.data!.callHistory.nodes.slice(250).map((node) => node.sessionId),
    );
    expect(next.body.data!.callHistory.totalCount).toBeGreaterThan(260);
    expect(next.body.data!.callHistory.pageInfo.hasPreviousPage).toBe(true);
    const counted = harness().simulator.requests.find(
      (request) => request.operationId === 'callHistory' && request.query.skip === '250',
    );
    expect(counted?.query.count).toBe('true');

    harness().simulator.resetRequests();
    await harness().query(
      'query($f: CallHistoryFilter!) { callHistory(filter: $f, first: 250) { totalCount nodes { sessionId } } }',
      { f: { range: LAST_WEEK } },
    );
    const pages = harness().simulator.requests.filter((request) => request.operationId === 'callHistory');
    expect(pages).toHaveLength(3);
    expect(pages.filter((request) => request.query.count === 'true').map((request) => request.query.skip)).toEqual([
      '0',
    ]);
  });

  it('sends the filter in Dataflow terms', async () => {
    await harness().query(
      `query($f: CallHistoryFilter!) { callHistory(filter: $f, first: 5) { nodes { sessionId } } }`,
      {
        f: {
          range: LAST_WEEK,
          from: '101',
          minDuration: 10,
          maxDuration: 600,
          startHourOfDay: 8,
          endHourOfDay: 18,
          status: 'ANSWERED',
        },
      },
    );
    const body = JSON.parse(harness().simulator.requests[0]!.body) as Record<string, unknown>;
    expect(body).toEqual({
      start_time: '2026-11-21T00:00:00Z',
      end_time: '2026-11-28T15:30:00Z',
      from: '101',
      start_duration: 10,
      end_duration: 600,
      start_hour_of_day: 8,
      end_hour_of_day: 18,
      status: 'ANSWERED',
    });
  });

  it('finds one session by id, with its legs, and null for an unknown one', async () => {
    const page = await harness().query<HistoryPage>(
      'query($f: CallHistoryFilter!) { callHistory(filter: $f, first: 1) { nodes { sessionId } } }',
      { f: { range: LAST_WEEK } },
    );
    const id = page.body.data!.callHistory.nodes[0]!.sessionId;
    harness().simulator.resetRequests();
    const found = await harness().query<{ callSession: { sessionId: string; details: unknown[] } | null }>(
      'query($id: ID!) { callSession(sessionId: $id) { sessionId details { callId startedAt } } }',
      { id },
    );
    expect(found.body.errors).toBeUndefined();
    expect(found.body.data!.callSession!.sessionId).toBe(id);
    expect(found.body.data!.callSession!.details.length).toBeGreaterThan(0);
    const lookup = JSON.parse(
      harness().simulator.requests.find((request) => request.operationId === 'callHistory')!.body,
    ) as Record<string, unknown>;
    expect(lookup.session_id).toBe(id);
    expect(Date.parse(lookup.end_time as string) - Date.parse(lookup.start_time as string)).toBe(365 * 86_400_000);

    const missing = await harness().query('{ callSession(sessionId: "1040099039162400000") { sessionId } }');
    expect(missing.body).toEqual({ data: { callSession: null } });
  });
});

describe('my call history', () => {
  const harness = useHarness({ env: { CACHE_ENABLED: 'false' } });

  it("reads the signed-in user's rows and their details from the user functions", async () => {
    const reply = await harness().query<{
      myCallHistory: { nodes: Array<{ user: string; party: string; details: unknown[] | null }> };
    }>(
      '{ myCallHistory(filter: { direction: INBOUND_CALL }, first: 5) { nodes { sessionId user party direction destination details { callId } } } }',
      undefined,
      { authorization: 'Bearer user-102' },
    );
    expect(reply.body.errors).toBeUndefined();
    const nodes = reply.body.data!.myCallHistory.nodes;
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) {
      expect(node.user).toBe('102');
      expect(['CALLER', 'CALLEE']).toContain(node.party);
    }
    expect(harness().simulator.countRequests('userCallHistory')).toBe(1);
    expect(harness().simulator.countRequests('userCallDetails')).toBe(nodes.length);
    expect(harness().simulator.countRequests('callDetails')).toBe(0);
    expect(JSON.parse(harness().simulator.requests[0]!.body)).toEqual({ direction: 'INBOUND_CALL' });
  });
});

describe('details of a page of rows', () => {
  const harness = useHarness({ env: { CACHE_ENABLED: 'false' } });

  it('are fetched side by side, not one after another', async () => {
    // Every details call is held unanswered until all 50 are in. One after another, the second
    // would wait for the first's answer, never come, and the test would fail by its timeout.
    const release = deferred();
    harness().simulator.injectFault({ operationId: 'callDetails', fault: { kind: 'hold', until: release.promise } });
    const reply = harness().query<HistoryPage>(
      'query($f: CallHistoryFilter!) { callHistory(filter: $f) { nodes { details { callId } } } }',
      { f: { range: LAST_WEEK } },
    );
    await eventually(() => harness().simulator.countRequests('callDetails') === 50);
    release.resolve();
    expect((await reply).body.errors).toBeUndefined();
    expect(harness().simulator.countRequests('callDetails')).toBe(50);
  });
});
