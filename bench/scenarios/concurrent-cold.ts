import type { DataflowSimulator } from '../../simulator/index.js';
import { graphql, graphqlBody } from '../graphql-client.js';
import { startGatewayProcess } from '../processes.js';
import { settings, today } from '../settings.js';
import { median } from '../stats.js';
import { wallboardQuery } from '../wallboard.js';

export interface ConcurrentCold {
  wallboards: number;
  distinctRequests: number;
  upstreamCalls: number;
}

/**
 * Scenario 4: a hundred supervisors open the same wallboard at once, on a cold gateway. Each run
 * uses a fresh token (a cold cache scope) and counts what reached Dataflow.
 */
export async function concurrentCold(simulator: DataflowSimulator, wallboards = 100): Promise<ConcurrentCold> {
  const gateway = await startGatewayProcess(simulator.url);
  const body = graphqlBody(wallboardQuery(), { range: today() });
  const counts: number[] = [];
  let distinct = 0;
  try {
    for (let run = 0; run < settings.runs; run += 1) {
      const token = `Bearer bench-supervisors-${run}-${Date.now()}`;
      simulator.resetRequests();
      await Promise.all(Array.from({ length: wallboards }, () => graphql(gateway.url, body, token)));
      counts.push(simulator.requests.length);
      distinct = new Set(
        simulator.requests.map(
          (request) =>
            `${request.method} ${request.path}?${new URLSearchParams(request.query).toString()} ${request.body}`,
        ),
      ).size;
    }
  } finally {
    await gateway.stop();
  }
  return { wallboards, distinctRequests: distinct, upstreamCalls: median(counts) };
}
