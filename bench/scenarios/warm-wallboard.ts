import type { DataflowSimulator } from '../../simulator/index.js';
import { startCeiling } from '../ceiling.js';
import { graphql, graphqlBody } from '../graphql-client.js';
import { load, type LoadResult } from '../load.js';
import { type GatewayProcess, startGatewayProcess } from '../processes.js';
import { settings, TOKEN, yesterday } from '../settings.js';
import { median } from '../stats.js';
import { wallboardQuery } from '../wallboard.js';

export interface WarmWallboard {
  gateway: LoadResult;
  ceiling: LoadResult;
  responseBytes: number;
}

const medianLoad = (results: LoadResult[]): LoadResult => ({
  requestsPerSecond: median(results.map((result) => result.requestsPerSecond)),
  p50Ms: median(results.map((result) => result.p50Ms)),
  p99Ms: median(results.map((result) => result.p99Ms)),
  errors: results.reduce((sum, result) => sum + result.errors, 0),
  non2xx: results.reduce((sum, result) => sum + result.non2xx, 0),
});

/**
 * Scenario 2: the same wallboard answered from the cache (yesterday's range, kept for minutes),
 * under load, against a bare node:http server returning the very same bytes without GraphQL.
 */
export async function warmWallboard(
  simulator: DataflowSimulator,
  gatewayEnv: Record<string, string> = {},
): Promise<WarmWallboard & { process: GatewayProcess }> {
  const gateway = await startGatewayProcess(simulator.url, gatewayEnv);
  const body = graphqlBody(wallboardQuery(), { range: yesterday() });
  const answer = await graphql(gateway.url, body);
  const ceilingServer = await startCeiling(answer);
  const gatewayRuns: LoadResult[] = [];
  const ceilingRuns: LoadResult[] = [];
  try {
    const options = {
      body,
      headers: { authorization: TOKEN },
      connections: settings.connections,
      durationSeconds: settings.seconds,
    };
    for (let run = 0; run < settings.runs; run += 1) {
      gatewayRuns.push(await load({ url: gateway.url, ...options }));
      ceilingRuns.push(await load({ url: ceilingServer.url, ...options }));
    }
  } finally {
    await ceilingServer.close();
  }
  return {
    gateway: medianLoad(gatewayRuns),
    ceiling: medianLoad(ceilingRuns),
    responseBytes: Buffer.byteLength(answer),
    process: gateway,
  };
}

export { medianLoad };
