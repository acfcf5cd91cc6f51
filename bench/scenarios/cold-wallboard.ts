import type { DataflowSimulator } from '../../simulator/index.js';
import { graphql, graphqlBody } from '../graphql-client.js';
import { startGatewayProcess } from '../processes.js';
import { restWallboard, wallboardCalls } from '../rest-clients.js';
import { settings, today, TOKEN, WARM_UP_ROUNDS } from '../settings.js';
import { medianOfRuns, median, sampleInTurns, sampleLatency } from '../stats.js';
import { recordUpstream, replayOf, UpstreamReplay } from '../upstream-replay.js';
import { wallboardQuery } from '../wallboard.js';

export interface ColdWallboard {
  /** One of the wallboard's upstream requests alone, sent by the floor's client. */
  rttMs: number;
  gatewayMs: number;
  /** The gateway's upstream requests for one wallboard, replayed all at once by a plain client. */
  floorMs: number;
  sequentialMs: number;
  sixAtATimeMs: number;
  upstreamCallsPerWallboard: number;
}

/**
 * Scenario 1: the wallboard with the cache off, one at a time. The gateway takes turns with its
 * floor: the very requests it sent upstream for one wallboard (recorded by the simulator), sent
 * again all at once by a plain keep-alive client. Beside them, one round trip, and REST clients
 * making the 36 calls one by one and 6 at a time. Each run's figure is the median of
 * `coldSamples` wallboards; the result is the median over runs.
 */
export async function coldWallboard(simulator: DataflowSimulator): Promise<ColdWallboard> {
  const gateway = await startGatewayProcess(simulator.url, { CACHE_ENABLED: 'false' });
  const floor = new UpstreamReplay(new URL(simulator.url).origin);
  const range = today();
  const body = graphqlBody(wallboardQuery(), { range });
  const calls = wallboardCalls(range);
  const runs: ColdWallboard[] = [];
  try {
    await graphql(gateway.url, body); // the JIT and the keep-alive pool, not a cache (off)
    const recorded = (await recordUpstream(simulator, () => graphql(gateway.url, body))).map(replayOf);
    const waves = [recorded];
    const viaGateway = () => graphql(gateway.url, body);
    const viaFloor = () => floor.replay(waves);
    for (let run = 0; run < settings.runs; run += 1) {
      // Untimed turns first, for the JIT of both and their keep-alive sockets (idle ones close after 5 s).
      await sampleInTurns(WARM_UP_ROUNDS, viaGateway, viaFloor);
      const rtt = await sampleLatency(settings.coldSamples, () => floor.replay([[recorded[0]!]]));
      const [gatewayTimes, floorTimes] = await sampleInTurns(settings.coldSamples, viaGateway, viaFloor);
      const sequential = await sampleLatency(settings.coldSamples, () => restWallboard(simulator.url, TOKEN, calls, 1));
      const sixAtATime = await sampleLatency(settings.coldSamples, () => restWallboard(simulator.url, TOKEN, calls, 6));
      runs.push({
        rttMs: median(rtt),
        gatewayMs: median(gatewayTimes),
        floorMs: median(floorTimes),
        sequentialMs: median(sequential),
        sixAtATimeMs: median(sixAtATime),
        upstreamCallsPerWallboard: recorded.length,
      });
    }
  } finally {
    floor.close();
    await gateway.stop();
  }
  return medianOfRuns(runs);
}
