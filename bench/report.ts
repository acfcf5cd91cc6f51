import { cpus } from 'node:os';
import type { ProfilePass } from './cpu-profile.js';
import { count, LOAD_HEADER, loadRow, mb, ms, percent, times } from './report-format.js';
import { meshSection } from './report-mesh.js';
import { profileSection } from './report-profile.js';
import { TARGETS, targetsTable } from './report-targets.js';
import type { ColdWallboard } from './scenarios/cold-wallboard.js';
import type { ConcurrentCold } from './scenarios/concurrent-cold.js';
import type { HistoryPage } from './scenarios/history-page.js';
import type { MemoryFigures } from './scenarios/memory.js';
import type { Contest, Correctness } from './scenarios/versus-mesh.js';
import type { WarmRead, WarmReads } from './scenarios/warm-reads.js';
import { settings } from './settings.js';
import { round } from './stats.js';

export interface Figures {
  cold: ColdWallboard;
  history: HistoryPage;
  warm: WarmReads;
  versus: { contests: Contest[]; correctness: Correctness } | { skipped: string };
  concurrent: ConcurrentCold;
  memory: MemoryFigures;
  /** bench/profile-before.md, this run's profile, and bench/findings.md. */
  profile: { before: string; after: ProfilePass[] | { skipped: string }; findings: string };
  peakRssMB: number;
  seconds: number;
}

function coldSection(cold: ColdWallboard): string {
  const row = (client: string, p50: number) =>
    `| ${client} | ${ms(p50)} | ${times(p50, cold.floorMs)} | ${times(p50, cold.rttMs)} |`;
  return `3 queues × (summary + 24-hour timeseries) + 15 agents × (summary + timeseries): ${cold.upstreamCallsPerWallboard} upstream calls.
Each figure is the median of ${settings.coldSamples} wallboards loaded one after another (gateway and floor taking turns).

| Client | Wallboard latency (p50) | Against the floor | Against one RTT |
|---|---|---|---|
${row('One upstream round trip (one of those calls alone, plain client)', cold.rttMs)}
${row('**Floor**: the gateway’s upstream requests, all at once, plain client', cold.floorMs)}
${row('**Gateway** (one GraphQL query)', cold.gatewayMs)}
${row('REST client, calls one by one', cold.sequentialMs)}
${row('REST client, 6 calls at a time (a browser’s per-host limit)', cold.sixAtATimeMs)}

Gateway p50 = **${times(cold.gatewayMs, cold.floorMs)} its floor** (target: at most ${TARGETS.coldWallboardOverFloor.at}×) and ${times(cold.gatewayMs, cold.rttMs)} one round trip;
the floor is ${times(cold.floorMs, cold.rttMs)} one round trip.`;
}

function historySection(history: HistoryPage): string {
  return `Last week's call history, \`callHistory(first: 100)\` with \`details\` (the legs) of each of its ${history.rows} rows:
${history.upstreamCallsPerPage} upstream calls per page. The floor sends the page request the gateway sent and, once it is
answered, every details request the gateway sent, all at once. Medians as in §1.

| Client | Page latency (p50) | Against the floor |
|---|---|---|
| **Floor**: page, then every details request at once, plain client | ${ms(history.floorMs)} | 1× |
| **Gateway** (one GraphQL query) | ${ms(history.gatewayMs)} | ${times(history.gatewayMs, history.floorMs)} |

Gateway p50 = **${times(history.gatewayMs, history.floorMs)} its floor** (target: at most ${TARGETS.historyPageOverFloor.at}×).`;
}

function warmRead(name: string, read: WarmRead, target: number): string {
  const share = read.gateway.requestsPerSecond / read.ceiling.requestsPerSecond;
  return `**${name}** (${count(read.responseBytes)} response bytes)

${LOAD_HEADER}
${loadRow('Gateway', read.gateway)}
${loadRow('Ceiling: bare node:http, same bytes', read.ceiling)}

The gateway reaches **${percent(share)} of its ceiling's throughput** (target: at least ${percent(target)}).
`;
}

/** What the samples say about the bound: RSS growth per 10 000 keys before it and past it. */
function boundVerdict(memory: MemoryFigures): string {
  const first = memory.samples[0]!;
  const atBound = memory.samples.find((sample) => sample.keys >= memory.maxEntries);
  const last = memory.samples.at(-1)!;
  if (!atBound || atBound === last) return 'This run wrote too few keys to pass the entry bound.';
  const perTenThousand = (from: typeof first, to: typeof first) =>
    round(((to.rssMB - from.rssMB) / (to.keys - from.keys)) * 10_000);
  return `RSS grew ${perTenThousand(first, atBound)} MB per 10,000 keys up to the entry bound and ${perTenThousand(atBound, last)} MB per 10,000 keys past it.`;
}

function memorySection(memory: MemoryFigures, peakRssMB: number): string {
  return `Sizes in MB of 10⁶ bytes (RSS from \`/proc\`), the stricter reading of the targets.

RSS of a production-mode gateway with the default settings, once \`/readyz\` answers and a second
has passed: **${mb(memory.startMB)}**, the median of ${memory.startSamples.length} starts (target: at most ${mb(TARGETS.rssAtStartMB.at)}).
Each start, lowest first: ${memory.startSamples.map(mb).join(', ')}.

RSS while ${count(memory.samples.at(-1)!.keys)} distinct cache keys are written, by the same process (its in-memory
store bounded by default at ${count(memory.maxEntries)} entries and ${round(memory.maxBytes / 2 ** 20)} MiB, as \`loadConfig\` reads the defaults):

| Distinct keys written | RSS |
|---|---|
${memory.samples.map((sample) => `| ${count(sample.keys)} | ${mb(sample.rssMB)} |`).join('\n')}

Peak RSS of that process: ${mb(memory.peakMB)}. ${boundVerdict(memory)}
Peak RSS of any gateway process across this run: ${mb(peakRssMB)}.`;
}

export function renderReport(figures: Figures): string {
  const { cold, history, warm, concurrent, memory } = figures;
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node.js ${process.version}`;
  return `# Benchmark results

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (${machine}), in ${Math.round(figures.seconds)} s.
Every figure below comes from this one run: the simulator adds **${settings.upstreamLatencyMs} ms** to every
upstream answer (one round trip), each scenario was measured **${settings.runs} times** and the tables
give the median of those runs. Load: autocannon, ${settings.connections} connections, ${settings.seconds} s per run.
The gateway, GraphQL Mesh and the ceiling servers each run as a process of their own in production
mode (\`NODE_ENV=production\`; the gateway logs at info); the simulator, the load tool and the plain
clients (the floors and the REST clients) share the benchmark's process. The machine is shared and
has two cores, so absolute numbers move between runs; the ratios, measured side by side, are the point.

## Issue 9's targets

${targetsTable(figures)}

## 1. A cold wallboard (cache off), against its floor

${coldSection(cold)}

## 2. A history page of 100 rows with their details (cache off), against its floor

${historySection(history)}

## 3. Warm reads (cached), against their ceilings

Yesterday's range, answered from the gateway's in-memory cache, against a bare node:http server
returning the same response bytes without GraphQL, in a process of its own like the gateway.
Gateway and ceiling take turns run by run under the same load.

${warmRead('The wallboard', warm.wallboard, TARGETS.warmWallboardShareOfCeiling.at)}
${warmRead('A single queue summary', warm.queueSummary, TARGETS.warmSummaryShareOfCeiling.at)}
## 4. Against GraphQL Mesh

GraphQL Mesh (\`@graphql-mesh/cli\` with the OpenAPI handler, production mode, one process)
serving the same \`contract/dataflow-openapi.yaml\` against the same simulator, under the same load.
"Cache off" still joins identical reads in flight (coalescing is not a cache); Mesh has neither.
The history page under load leaves out \`direction\`: Dataflow may send a direction value the
contract does not list, and Mesh then fails the page or the row, depending on the rows of the day.
The correctness table below shows what each server did with it in this run, and to 64-bit ids.

${meshSection(figures.versus)}
## 5. 100 concurrent identical cold wallboards

${concurrent.wallboards} wallboards requested at the same moment with one token, on a cold gateway:
**${concurrent.upstreamCalls} upstream calls** in all, ${round(concurrent.upstreamCalls / concurrent.wallboards, 2)} per wallboard served, for
${concurrent.distinctRequests} distinct requests (without coalescing and caching: ${concurrent.wallboards * cold.upstreamCallsPerWallboard}).

## 6. Memory

${memorySection(memory, figures.peakRssMB)}

## 7. Where the gateway's CPU goes

${profileSection(figures.profile)}
## Reproduce

\`\`\`sh
npm ci && npm run bench     # writes bench/RESULTS.md
npm run bench:profile       # a longer CPU profile of the gateway, printed
\`\`\`

Settings: \`BENCH_UPSTREAM_LATENCY_MS\` (default 20), \`BENCH_RUNS\` (3), \`BENCH_SECONDS\` (5),
\`BENCH_CONNECTIONS\` (50), \`BENCH_COLD_SAMPLES\` (20), \`BENCH_DISTINCT_KEYS\` (100000).
`;
}
