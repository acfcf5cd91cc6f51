import { startSimulator } from '../../simulator/index.js';
import { graphqlBody } from '../graphql-client.js';
import { loadDistinct } from '../load.js';
import { startGatewayProcess } from '../processes.js';
import { settings, TOKEN } from '../settings.js';

export interface MemoryFigures {
  maxEntries: number;
  samples: Array<{ keys: number; rssMiB: number }>;
  peakMiB: number;
}

const ALIASES_PER_REQUEST = 10;
const HOUR_MS = 3_600_000;

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
 * Scenario 5b: RSS of the gateway while `distinctKeys` distinct entries go into its in-memory
 * cache, bounded at its default of 50 000 entries: the bound must hold. A simulator without
 * latency of its own keeps this quick.
 */
export async function memoryUnderDistinctKeys(): Promise<MemoryFigures> {
  const simulator = await startSimulator({});
  const gateway = await startGatewayProcess(simulator.url);
  const samples: MemoryFigures['samples'] = [{ keys: 0, rssMiB: gateway.memory().rssMiB }];
  const requests = Math.ceil(settings.distinctKeys / ALIASES_PER_REQUEST);
  const steps = 4;
  try {
    for (let step = 1; step <= steps; step += 1) {
      const from = Math.floor(((step - 1) * requests) / steps);
      const to = Math.floor((step * requests) / steps);
      await loadDistinct(gateway.url, { authorization: TOKEN }, (index) => distinctBody(from + index), to - from, 20);
      samples.push({ keys: to * ALIASES_PER_REQUEST, rssMiB: gateway.memory().rssMiB });
    }
    return { maxEntries: 50_000, samples, peakMiB: gateway.memory().peakMiB };
  } finally {
    await gateway.stop();
    await simulator.close();
  }
}
