import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { startSimulator } from '../simulator/index.js';
import { highestGatewayPeakMiB } from './processes.js';
import { type Figures, renderReport } from './report.js';
import { coldWallboard } from './scenarios/cold-wallboard.js';
import { concurrentCold } from './scenarios/concurrent-cold.js';
import { memoryUnderDistinctKeys } from './scenarios/memory.js';
import { versusMesh } from './scenarios/versus-mesh.js';
import { warmWallboard } from './scenarios/warm-wallboard.js';
import { settings } from './settings.js';

/** `npm run bench`: every scenario of the benchmark in one run, written to bench/RESULTS.md. */
async function main(): Promise<void> {
  const started = performance.now();
  // The scenarios count upstream calls in the request log: it must hold every one of them.
  const simulator = await startSimulator({ latencyMs: settings.upstreamLatencyMs, maxRecordedRequests: 10_000_000 });
  const step = (name: string) => console.log(`[bench] ${name}`);
  try {
    step('1. cold wallboard');
    const cold = await coldWallboard(simulator);
    step('2. warm wallboard');
    const { process: warmProcess, ...warm } = await warmWallboard(simulator);
    await warmProcess.stop();
    step('3. against GraphQL Mesh');
    const versus = await versusMesh(simulator).catch((error: unknown) => ({ skipped: String(error) }));
    step('4. 100 concurrent cold wallboards');
    const concurrent = await concurrentCold(simulator);
    step('5. memory under distinct keys');
    const memory = await memoryUnderDistinctKeys();
    const figures: Figures = {
      cold,
      warm,
      versus,
      concurrent,
      memory,
      peakRssMiB: highestGatewayPeakMiB(),
      seconds: (performance.now() - started) / 1000,
    };
    const target = new URL('../../bench/RESULTS.md', import.meta.url);
    await writeFile(target, renderReport(figures));
    console.log(`[bench] wrote ${target.pathname}`);
  } finally {
    await simulator.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
