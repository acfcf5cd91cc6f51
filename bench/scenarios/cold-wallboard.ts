import type { DataflowSimulator } from '../../simulator/index.js';
import { graphql, graphqlBody } from '../graphql-client.js';
import { startGatewayProcess } from '../processes.js';
import { restCall, restWallboard, wallboardCalls } from '../rest-clients.js';
import { settings, today, TOKEN } from '../settings.js';
import { median, sampleLatency } from '../stats.js';
import { wallboardQuery } from '../wallboard.js';

export interface ColdWallboard {
  rttMs: number;
  gatewayMs: number;
  sequentialMs: number;
  sixAtATimeMs: number;
  upstreamCallsPerWallboard: number;
}

/**
 * Scenario 1: the wallboard with the cache off, one at a time: the gateway against a REST client
 * making the same 36 calls one by one, and one making them 6 at a time. Each run's figure is the
 * median of `coldSamples` wallboards; the result is the median over runs.
 */
export async function coldWallboard(simulator: DataflowSimulator): Promise<ColdWallboard> {
  const gateway = await startGatewayProcess(simulator.url, { CACHE_ENABLED: 'false' });
  const range = today();
  const body = graphqlBody(wallboardQuery(), { range });
  const calls = wallboardCalls(range);
  const runs: ColdWallboard[] = [];
  try {
    await graphql(gateway.url, body); // warm the JIT and the keep-alive pool, not a cache (off)
    for (let run = 0; run < settings.runs; run += 1) {
      const rtt = await sampleLatency(settings.coldSamples, () =>
        restCall(simulator.url, TOKEN, calls[0]!.path, calls[0]!.body),
      );
      simulator.resetRequests();
      const viaGateway = await sampleLatency(settings.coldSamples, () => graphql(gateway.url, body));
      const upstreamCallsPerWallboard = simulator.requests.length / settings.coldSamples;
      const sequential = await sampleLatency(settings.coldSamples, () => restWallboard(simulator.url, TOKEN, calls, 1));
      const sixAtATime = await sampleLatency(settings.coldSamples, () => restWallboard(simulator.url, TOKEN, calls, 6));
      runs.push({
        rttMs: median(rtt),
        gatewayMs: median(viaGateway),
        sequentialMs: median(sequential),
        sixAtATimeMs: median(sixAtATime),
        upstreamCallsPerWallboard,
      });
    }
  } finally {
    await gateway.stop();
  }
  const pick = (key: keyof ColdWallboard) => median(runs.map((run) => run[key]));
  return {
    rttMs: pick('rttMs'),
    gatewayMs: pick('gatewayMs'),
    sequentialMs: pick('sequentialMs'),
    sixAtATimeMs: pick('sixAtATimeMs'),
    upstreamCallsPerWallboard: pick('upstreamCallsPerWallboard'),
  };
}
