import 'reflect-metadata';
import { startSimulator } from '../simulator/index.js';
import { profileGateway } from './cpu-profile.js';
import { settings } from './settings.js';

/**
 * `npm run bench:profile`: where the gateway's CPU goes, by package or own file and by function,
 * over 200 cold wallboards and 3,000 warm ones (`npm run bench` makes a shorter pass).
 */
async function main(): Promise<void> {
  const simulator = await startSimulator({ latencyMs: settings.upstreamLatencyMs });
  try {
    for (const pass of await profileGateway(simulator.url, { cold: 200, warm: 3000 })) {
      console.log(
        `\n## ${pass.name}: ${pass.operations} operations\n\nBy place:\n${pass.places.join('\n')}\n\nBy function:\n${pass.functions.join('\n')}`,
      );
    }
  } finally {
    await simulator.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
