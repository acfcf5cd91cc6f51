import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import { startSimulator } from '../simulator/index.js';
import { profileGateway } from './cpu-profile.js';
import { highestGatewayPeakMB } from './processes.js';
import { type Figures, renderReport } from './report.js';
import { coldWallboard } from './scenarios/cold-wallboard.js';
import { concurrentCold } from './scenarios/concurrent-cold.js';
import { historyPage } from './scenarios/history-page.js';
import { memoryUnderDistinctKeys } from './scenarios/memory.js';
import { versusMesh } from './scenarios/versus-mesh.js';
import { warmReads } from './scenarios/warm-reads.js';
import { settings } from './settings.js';

const bench = (file: string) => new URL(`../../bench/${file}`, import.meta.url);

/** Operations of the profiling pass within the bench: short, unlike `npm run bench:profile`'s. */
const PROFILE_OPERATIONS = { cold: 100, warm: 1000 };

/** `npm run bench`: every scenario of the benchmark in one run, written to bench/RESULTS.md. */
async function main(): Promise<void> {
  const started = performance.now();
  // The scenarios count upstream calls in the request log: it must hold every one of them.
  const simulator = await startSimulator({ latencyMs: settings.upstreamLatencyMs, maxRecordedRequests: 10_000_000 });
  const step = (name: string) => console.log(`[bench] ${name}`);
  try {
    step('1. cold wallboard and its floor');
    const cold = await coldWallboard(simulator);
    step('2. history page with details and its floor');
    const history = await historyPage(simulator);
    step('3. warm reads and their ceilings');
    const warm = await warmReads(simulator);
    step('4. against GraphQL Mesh');
    const versus = await versusMesh(simulator).catch((error: unknown) => ({ skipped: String(error) }));
    step('5. 100 concurrent cold wallboards');
    const concurrent = await concurrentCold(simulator);
    step('6. memory at start and under distinct keys');
    const memory = await memoryUnderDistinctKeys();
    step('7. CPU profile');
    const after = await profileGateway(simulator.url, PROFILE_OPERATIONS).catch((error: unknown) => ({
      skipped: String(error),
    }));
    const figures: Figures = {
      cold,
      history,
      warm,
      versus,
      concurrent,
      memory,
      profile: {
        before: await readFile(bench('profile-before.md'), 'utf8'),
        after,
        findings: await readFile(bench('findings.md'), 'utf8'),
      },
      peakRssMB: highestGatewayPeakMB(),
      seconds: (performance.now() - started) / 1000,
    };
    await writeFile(bench('RESULTS.md'), renderReport(figures));
    console.log(`[bench] wrote ${bench('RESULTS.md').pathname}`);
  } finally {
    await simulator.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
