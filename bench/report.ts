import { cpus } from 'node:os';
import type { LoadResult } from './load.js';
import type { ColdWallboard } from './scenarios/cold-wallboard.js';
import type { ConcurrentCold } from './scenarios/concurrent-cold.js';
import type { MemoryFigures } from './scenarios/memory.js';
import type { Contest, Correctness } from './scenarios/versus-mesh.js';
import type { WarmWallboard } from './scenarios/warm-wallboard.js';
import { settings } from './settings.js';
import { round } from './stats.js';

export interface Figures {
  cold: ColdWallboard;
  warm: WarmWallboard;
  versus: { contests: Contest[]; correctness: Correctness } | { skipped: string };
  concurrent: ConcurrentCold;
  memory: MemoryFigures;
  peakRssMiB: number;
  seconds: number;
}

const ratio = (a: number, b: number): string => `${round(a / b, 2)}×`;
const ms = (value: number): string => `${round(value)} ms`;
const rps = (value: number): string => `${Math.round(value)}/s`;
const loadRow = (name: string, result: LoadResult): string =>
  `| ${name} | ${rps(result.requestsPerSecond)} | ${ms(result.p50Ms)} | ${ms(result.p99Ms)} | ${result.errors + result.non2xx} |`;

function versusSection(versus: Figures['versus']): string {
  if ('skipped' in versus) return `Not measured: ${versus.skipped}\n`;
  const { correctness } = versus;
  return `${versus.contests
    .map(
      (contest) => `**${contest.name}**

| Server | Throughput | p50 | p99 | Errors |
|---|---|---|---|---|
${loadRow('Gateway, cache off', contest.gatewayCold)}
${loadRow('Gateway, default cache', contest.gatewayCached)}
${loadRow('GraphQL Mesh (OpenAPI handler)', contest.mesh)}

Gateway (cache off) against Mesh: throughput ${ratio(contest.gatewayCold.requestsPerSecond, contest.mesh.requestsPerSecond)}, p50 latency ${ratio(contest.gatewayCold.p50Ms, contest.mesh.p50Ms)} of Mesh's. With its cache: throughput ${ratio(contest.gatewayCached.requestsPerSecond, contest.mesh.requestsPerSecond)}.
`,
    )
    .join('\n')}
**The same 100 history rows with \`direction\`**, compared with the ${correctness.sessionIds} session ids as Dataflow wrote them:

| Server | Answer | Session ids altered |
|---|---|---|
| Gateway | ${correctness.gateway} | ${correctness.sessionIdsAltered.gateway} |
| GraphQL Mesh | ${correctness.mesh} | ${correctness.sessionIdsAltered.mesh} |
`;
}

/** What the samples say about the bound: RSS growth per 10 000 keys before it and past it. */
function boundVerdict(memory: MemoryFigures): string {
  const first = memory.samples[0]!;
  const atBound = memory.samples.find((sample) => sample.keys >= memory.maxEntries);
  const last = memory.samples.at(-1)!;
  if (!atBound || atBound === last) return 'This run wrote too few keys to pass the bound.';
  const perTenThousand = (from: typeof first, to: typeof first) =>
    round(((to.rssMiB - from.rssMiB) / (to.keys - from.keys)) * 10_000);
  return `RSS grew ${perTenThousand(first, atBound)} MiB per 10,000 keys up to the bound and ${perTenThousand(atBound, last)} MiB per 10,000 keys past it: past the bound the LRU evicts instead of growing.`;
}

export function renderReport(figures: Figures): string {
  const { cold, warm, concurrent, memory } = figures;
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node.js ${process.version}`;
  return `# Benchmark results

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (${machine}), in ${Math.round(figures.seconds)} s.
Every figure below comes from this one run: the simulator adds **${settings.upstreamLatencyMs} ms** to every
upstream answer (one round trip), each scenario was measured **${settings.runs} times** and the table
gives the median of those runs. Load: autocannon, ${settings.connections} connections, ${settings.seconds} s per run.
The gateway runs as its own process in production mode (\`NODE_ENV=production\`, logging at info);
the simulator, the load tool and the REST clients share the benchmark's process. The machine is
shared and has two cores, so absolute numbers move between runs; the ratios, measured side by side,
are the point.

## 1. A cold wallboard (cache off)

3 queues × (summary + 24-hour timeseries) + 15 agents × (summary + timeseries): 36 upstream calls.
Each figure is the median of ${settings.coldSamples} wallboards loaded one after another.

| Client | Wallboard latency (p50) | Against the gateway |
|---|---|---|
| One upstream round trip (a single REST call) | ${ms(cold.rttMs)} | |
| **Gateway** (one GraphQL query) | **${ms(cold.gatewayMs)}** | 1× |
| REST client, calls one by one | ${ms(cold.sequentialMs)} | ${ratio(cold.sequentialMs, cold.gatewayMs)} slower |
| REST client, 6 calls at a time (a browser's per-host limit) | ${ms(cold.sixAtATimeMs)} | ${ratio(cold.sixAtATimeMs, cold.gatewayMs)} slower |

Gateway p50 = **${ratio(cold.gatewayMs, cold.rttMs)} one upstream round trip** (target: at most 3×). It made
${round(cold.upstreamCallsPerWallboard, 1)} upstream calls per wallboard.

## 2. The same wallboard, warm (cached)

Yesterday's range, answered from the gateway's in-memory cache, against a bare Node \`http\` server
returning the same ${warm.responseBytes} response bytes without GraphQL: the ceiling.

| Server | Throughput | p50 | p99 | Errors |
|---|---|---|---|---|
${loadRow('Gateway', warm.gateway)}
${loadRow('Bare node:http, same bytes', warm.ceiling)}

The gateway reaches **${round((warm.gateway.requestsPerSecond / warm.ceiling.requestsPerSecond) * 100)}% of the ceiling's throughput**: the rest is GraphQL
execution and serialisation of the ~1,300 fields of the answer, which the ceiling skips.

## 3. Against GraphQL Mesh

GraphQL Mesh (\`@graphql-mesh/cli\` with the OpenAPI handler, production mode, one process)
serving the same \`contract/dataflow-openapi.yaml\` against the same simulator, under the same load.
"Cache off" still joins identical reads in flight (coalescing is not a cache); Mesh has neither.
The history page leaves out \`direction\` here, because Mesh fails pages that hold a direction value
the contract does not list; the correctness table below shows that, and what each does to 64-bit ids.

${versusSection(figures.versus)}
## 4. 100 concurrent identical cold wallboards

${concurrent.wallboards} wallboards requested at the same moment with one token, on a cold gateway:
**${concurrent.upstreamCalls} upstream calls** in all, ${round(concurrent.upstreamCalls / concurrent.wallboards, 2)} per wallboard served, for
${concurrent.distinctRequests} distinct requests (without coalescing and caching: ${concurrent.wallboards * 36}).

## 5. Memory

Peak RSS of the gateway processes across this run: **${round(figures.peakRssMiB)} MiB**.

RSS while ${memory.samples.at(-1)!.keys.toLocaleString('en')} distinct cache keys are written (in-memory store bounded at
${memory.maxEntries.toLocaleString('en')} entries by default):

| Distinct keys written | RSS |
|---|---|
${memory.samples.map((sample) => `| ${sample.keys.toLocaleString('en')} | ${round(sample.rssMiB)} MiB |`).join('\n')}

Peak RSS of that process: ${round(memory.peakMiB)} MiB. ${boundVerdict(memory)}

## Reproduce

\`\`\`sh
npm ci && npm run bench     # writes bench/RESULTS.md
\`\`\`

Settings: \`BENCH_UPSTREAM_LATENCY_MS\` (default 20), \`BENCH_RUNS\` (3), \`BENCH_SECONDS\` (5),
\`BENCH_CONNECTIONS\` (50), \`BENCH_COLD_SAMPLES\` (20), \`BENCH_DISTINCT_KEYS\` (100000).
`;
}
