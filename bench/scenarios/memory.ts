import { startSimulator } from '../../simulator/index.js';
import { loadConfig } from '../../src/config/config.js';
import { graphqlBody } from '../graphql-client.js';
import { loadDistinct } from '../load.js';
import { startGatewayProcess } from '../processes.js';
import { settings, TOKEN } from '../settings.js';
import { median } from '../stats.js';

export interface MemoryFigures {
  /** The in-memory cache's bounds with the default settings, as the gateway reads them. */
  maxEntries: number;
  maxBytes: number;
  /** RSS once ready and settled, before any request: the median of `startSamples` starts. */
  startMB: number;
  /** Each start's RSS, lowest first: start-up memory moves by a few MB from one start to the next. */
  startSamples: number[];
  samples: Array<{ keys: number; rssMB: number }>;
  peakMB: number;
}

const ALIASES_PER_REQUEST = 10;
const HOUR_MS = 3_600_000;
/** Lets start-up's garbage settle before RSS at start is read. */
const SETTLE_MS = 1000;
/** Fresh starts whose settled RSS is read; the figure is their median. */
const STARTS = 7;

/** A production gateway's RSS once ready and settled, before any request. */
async function settledStartMB(dataflowUrl: string): Promise<number> {
  const gateway = await startGatewayProcess(dataflowUrl);
  try {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    return gateway.memory().rssMB;
  } finally {
    await gateway.stop();
  }
}

/** Ten queue summaries, each with a range of its own; the text is fixed, as a client's would be. */
const QUERY = `query Keys(${Array.from({ length: ALIASES_PER_REQUEST }, (_, alias) => `$r${alias}: TimeRange!`).join(', ')}) {
  ${Array.from({ length: ALIASES_PER_REQUEST }, (_, alias) => `k${alias}: queueSummary(queues: ["800${alias % 5}"], range: $r${alias}) { totalCalls }`).join('\n  ')}
}`;

/** The variables of request `index`: ten ranges no other request has, so ten new cache keys. */
function distinctBody(index: number): string {
  const base = Date.UTC(2026, 0, 1) + index * ALIASES_PER_REQUEST * 60_000;
  const variables = Object.fromEntries(
    Array.from({ length: ALIASES_PER_REQUEST }, (_, alias) => {
      const start = base + alias * 60_000;
      return [`r${alias}`, { start: new Date(start).toISOString(), end: new Date(start + HOUR_MS).toISOString() }];
    }),
  );
  return graphqlBody(QUERY, variables);
}

/**
 * Scenario 6: RSS of a production gateway with the default settings, once ready and settled, and
 * while `distinctKeys` distinct entries go into its in-memory cache, whose default bounds must
 * hold. A simulator without latency of its own keeps this quick.
 */
export async function memoryUnderDistinctKeys(): Promise<MemoryFigures> {
  const defaults = loadConfig({ NODE_ENV: 'production', DATAFLOW_URL: 'http://x' });
  const simulator = await startSimulator({});
  const startSamples: number[] = [];
  for (let start = 0; start < STARTS; start += 1) startSamples.push(await settledStartMB(simulator.url));
  startSamples.sort((a, b) => a - b);
  const gateway = await startGatewayProcess(simulator.url);
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const startMB = median(startSamples);
  const samples: MemoryFigures['samples'] = [{ keys: 0, rssMB: gateway.memory().rssMB }];
  const requests = Math.ceil(settings.distinctKeys / ALIASES_PER_REQUEST);
  const steps = 4;
  try {
    for (let step = 1; step <= steps; step += 1) {
      const from = Math.floor(((step - 1) * requests) / steps);
      const to = Math.floor((step * requests) / steps);
      await loadDistinct(gateway.url, { authorization: TOKEN }, (index) => distinctBody(from + index), to - from, 20);
      samples.push({ keys: to * ALIASES_PER_REQUEST, rssMB: gateway.memory().rssMB });
    }
    return {
      maxEntries: defaults.cacheMaxEntries,
      maxBytes: defaults.cacheMaxBytes,
      startMB,
      startSamples,
      samples,
      peakMB: gateway.memory().peakMB,
    };
  } finally {
    await gateway.stop();
    await simulator.close();
  }
}
