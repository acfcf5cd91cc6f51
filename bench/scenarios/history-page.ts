import type { DataflowSimulator } from '../../simulator/index.js';
import { graphql } from '../graphql-client.js';
import { startGatewayProcess } from '../processes.js';
import { historyPageWithDetailsBody } from '../queries.js';
import { lastWeek, settings, WARM_UP_ROUNDS } from '../settings.js';
import { median, medianOfRuns, sampleInTurns } from '../stats.js';
import { recordUpstream, replayOf, UpstreamReplay } from '../upstream-replay.js';

export interface HistoryPage {
  rows: number;
  gatewayMs: number;
  /** The page request, then every details request at once, as the gateway sent them. */
  floorMs: number;
  upstreamCallsPerPage: number;
}

const PAGE_OPERATION = 'callHistory';

/** The rows of the answer, checked: a page short of 100 rows, or rows without legs, would time less work. */
function rowsOf(answer: string): number {
  const { data } = JSON.parse(answer) as { data: { callHistory: { nodes: Array<{ details: unknown[] | null }> } } };
  const { nodes } = data.callHistory;
  if (nodes.length < 100 || nodes.some((node) => !node.details?.length))
    throw new Error(`the history page has ${nodes.length} rows, or rows without details`);
  return nodes.length;
}

/**
 * Scenario 2: last week's history, a page of 100 rows with the legs of each call, cache off. Its
 * floor takes turns with the gateway: the page request the gateway sent, and once it is answered
 * every details request it sent, all at once, by a plain keep-alive client. Medians as in scenario 1.
 */
export async function historyPage(simulator: DataflowSimulator): Promise<HistoryPage> {
  const gateway = await startGatewayProcess(simulator.url, { CACHE_ENABLED: 'false' });
  const floor = new UpstreamReplay(new URL(simulator.url).origin);
  const body = historyPageWithDetailsBody(lastWeek());
  const runs: HistoryPage[] = [];
  try {
    const rows = rowsOf(await graphql(gateway.url, body));
    const recorded = await recordUpstream(simulator, () => graphql(gateway.url, body));
    const page = recorded.filter((request) => request.operationId === PAGE_OPERATION).map(replayOf);
    const details = recorded.filter((request) => request.operationId !== PAGE_OPERATION).map(replayOf);
    if (page.length !== 1) throw new Error(`expected one page request upstream, the gateway made ${page.length}`);
    const waves = [page, details];
    const viaGateway = () => graphql(gateway.url, body);
    const viaFloor = () => floor.replay(waves);
    for (let run = 0; run < settings.runs; run += 1) {
      // Untimed turns first, for the JIT of both and their keep-alive sockets (idle ones close after 5 s).
      await sampleInTurns(WARM_UP_ROUNDS, viaGateway, viaFloor);
      const [gatewayTimes, floorTimes] = await sampleInTurns(settings.coldSamples, viaGateway, viaFloor);
      runs.push({
        rows,
        gatewayMs: median(gatewayTimes),
        floorMs: median(floorTimes),
        upstreamCallsPerPage: recorded.length,
      });
    }
  } finally {
    floor.close();
    await gateway.stop();
  }
  return medianOfRuns(runs);
}
