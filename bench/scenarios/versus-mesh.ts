import type { DataflowSimulator } from '../../simulator/index.js';
import { graphql, graphqlBody } from '../graphql-client.js';
import { load, type LoadResult, medianLoad } from '../load.js';
import { startMesh } from '../mesh.js';
import { startGatewayProcess } from '../processes.js';
import { lastWeek, settings, TOKEN, yesterday } from '../settings.js';
import { queueSummaryBody } from '../queries.js';

/** What each server answers for the same 100 history rows, direction included. */
export interface Correctness {
  sessionIds: number;
  sessionIdsAltered: { gateway: number; mesh: number };
  mesh: string;
  gateway: string;
}

export interface Contest {
  name: string;
  gatewayCold: LoadResult;
  gatewayCached: LoadResult;
  mesh: LoadResult;
}

/** The same two reads written for each server's schema. */
function workloads(): Array<{ name: string; gateway: string; mesh: string }> {
  const day = yesterday();
  const week = lastWeek();
  return [
    {
      name: 'one queue summary',
      gateway: queueSummaryBody(day),
      mesh: graphqlBody(
        'query($i: queueSummary_request_Input) { queueSummary(input: $i) { ... on QueueKpi { total_calls answered_calls abandoned_calls service_level avg_waiting_time } } }',
        { i: { queues: ['8000'], start_time: day.start, end_time: day.end } },
      ),
    },
    {
      name: 'a page of 100 history rows',
      // Without `direction`: Mesh fails a whole page that holds a direction it does not know
      // (see meshCorrectness), and a failing page is not a fair speed sample.
      gateway: graphqlBody(
        'query($r: TimeRange!) { callHistory(filter: { range: $r }, first: 100) { nodes { sessionId from to startTime duration status } } }',
        { r: week },
      ),
      mesh: graphqlBody(
        'query($i: callHistory_request_Input) { callHistory(top: 100, input: $i) { ... on callHistory_200_response { items { session_id from to start_time duration status } } } }',
        { i: { start_time: week.start, end_time: week.end } },
      ),
    },
  ];
}

async function correctness(simulatorUrl: string, gatewayUrl: string, meshUrl: string): Promise<Correctness> {
  const week = lastWeek();
  const upstream = await fetch(`${simulatorUrl}/dataflow/analytics/calls/history?top=100`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: TOKEN },
    body: JSON.stringify({ start_time: week.start, end_time: week.end }),
  });
  // The ids as Dataflow wrote them, read as text: JSON.parse would round them.
  const truth = [...(await upstream.text()).matchAll(/"session_id":\s*(\d+)/g)].map((match) => match[1]!);
  const ask = async (url: string, body: string) =>
    (
      await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: TOKEN }, body })
    ).json() as Promise<{ data?: Record<string, unknown>; errors?: Array<{ message: string }> }>;
  const viaGateway = await ask(
    gatewayUrl,
    graphqlBody(
      'query($r: TimeRange!) { callHistory(filter: { range: $r }, first: 100) { nodes { sessionId direction } } }',
      { r: week },
    ),
  );
  const viaMesh = await ask(
    meshUrl,
    graphqlBody(
      'query($i: callHistory_request_Input) { callHistory(top: 100, input: $i) { ... on callHistory_200_response { items { session_id direction } } } }',
      { i: { start_time: week.start, end_time: week.end } },
    ),
  );
  const ids = (rows: Array<Record<string, unknown>> | undefined, field: string) =>
    (rows ?? []).map((row) => String(row[field]));
  const gatewayIds = ids(
    (viaGateway.data?.callHistory as { nodes?: Array<Record<string, unknown>> } | undefined)?.nodes,
    'sessionId',
  );
  const meshIds = ids(
    (viaMesh.data?.callHistory as { items?: Array<Record<string, unknown>> } | undefined)?.items,
    'session_id',
  );
  const altered = (got: string[]) =>
    got.length === 0 ? truth.length : got.filter((id, index) => id !== truth[index]).length;
  const describe = (reply: typeof viaGateway, count: number) =>
    reply.errors?.length
      ? `${count} rows and ${reply.errors.length} error(s), e.g. "${reply.errors[0]!.message}"`
      : `${count} rows, no error`;
  return {
    sessionIds: truth.length,
    sessionIdsAltered: { gateway: altered(gatewayIds), mesh: altered(meshIds) },
    gateway: describe(viaGateway, gatewayIds.length),
    mesh: describe(viaMesh, meshIds.length),
  };
}

/**
 * Scenario 3: throughput and latency of two reads through the gateway (cache off, and with its
 * default cache) and through GraphQL Mesh, against the same simulator, under the same load.
 */
export async function versusMesh(
  simulator: DataflowSimulator,
): Promise<{ contests: Contest[]; correctness: Correctness }> {
  const cold = await startGatewayProcess(simulator.url, { CACHE_ENABLED: 'false' });
  const cached = await startGatewayProcess(simulator.url);
  const mesh = await startMesh(simulator.url);
  const contests: Contest[] = [];
  try {
    const checked = await correctness(simulator.url, cold.url, mesh.url);
    for (const workload of workloads()) {
      await Promise.all([
        graphql(cold.url, workload.gateway),
        graphql(cached.url, workload.gateway),
        graphql(mesh.url, workload.mesh),
      ]);
      const runs: Record<'gatewayCold' | 'gatewayCached' | 'mesh', LoadResult[]> = {
        gatewayCold: [],
        gatewayCached: [],
        mesh: [],
      };
      const options = {
        headers: { authorization: TOKEN },
        connections: settings.connections,
        durationSeconds: settings.seconds,
      };
      for (let run = 0; run < settings.runs; run += 1) {
        runs.gatewayCold.push(await load({ url: cold.url, body: workload.gateway, ...options }));
        runs.gatewayCached.push(await load({ url: cached.url, body: workload.gateway, ...options }));
        runs.mesh.push(await load({ url: mesh.url, body: workload.mesh, ...options }));
      }
      contests.push({
        name: workload.name,
        gatewayCold: medianLoad(runs.gatewayCold),
        gatewayCached: medianLoad(runs.gatewayCached),
        mesh: medianLoad(runs.mesh),
      });
    }
    return { contests, correctness: checked };
  } finally {
    await Promise.all([cold.stop(), cached.stop(), mesh.stop()]);
  }
}
