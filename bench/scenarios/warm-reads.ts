import type { DataflowSimulator } from '../../simulator/index.js';
import { startCeiling } from '../ceiling.js';
import { graphql, graphqlBody } from '../graphql-client.js';
import { load, type LoadResult, medianLoad } from '../load.js';
import { startGatewayProcess } from '../processes.js';
import { queueSummaryBody } from '../queries.js';
import { settings, TOKEN, yesterday } from '../settings.js';
import { wallboardQuery } from '../wallboard.js';

export interface WarmRead {
  gateway: LoadResult;
  ceiling: LoadResult;
  responseBytes: number;
}

export interface WarmReads {
  wallboard: WarmRead;
  queueSummary: WarmRead;
}

/** One read under load from the gateway's cache and from its ceiling, taking turns run by run. */
async function warmRead(gatewayUrl: string, body: string): Promise<WarmRead> {
  const answer = await graphql(gatewayUrl, body); // fills the cache; throws on any error
  const ceiling = await startCeiling(answer);
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
      gatewayRuns.push(await load({ url: gatewayUrl, ...options }));
      ceilingRuns.push(await load({ url: ceiling.url, ...options }));
    }
  } finally {
    await ceiling.stop();
  }
  return {
    gateway: medianLoad(gatewayRuns),
    ceiling: medianLoad(ceilingRuns),
    responseBytes: Buffer.byteLength(answer),
  };
}

/**
 * Scenario 3: the wallboard and a single queue summary over yesterday's range (kept for
 * minutes), answered from the gateway's cache under load, each against its ceiling: a bare
 * node:http server in a process of its own returning the very same bytes without GraphQL.
 */
export async function warmReads(simulator: DataflowSimulator): Promise<WarmReads> {
  const gateway = await startGatewayProcess(simulator.url);
  const range = yesterday();
  try {
    return {
      wallboard: await warmRead(gateway.url, graphqlBody(wallboardQuery(), { range })),
      queueSummary: await warmRead(gateway.url, queueSummaryBody(range)),
    };
  } finally {
    await gateway.stop();
  }
}
