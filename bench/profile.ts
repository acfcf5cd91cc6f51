import 'reflect-metadata';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulator } from '../simulator/index.js';
import { graphql, graphqlBody } from './graphql-client.js';
import { startGatewayProcess } from './processes.js';
import { settings, today, yesterday } from './settings.js';
import { wallboardQuery } from './wallboard.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

/** Where a function lives, short: a package name, or the gateway's own file. */
function placeOf(url: string): string {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inPackage) return inPackage[1]!;
  const own = /\/dist\/(.+)$/.exec(url);
  if (own) return own[1]!;
  return url.startsWith('node:') ? url : url === '' ? '(native)' : url.replace(/^file:\/\//, '');
}

/** Self time per place and per function, as shares of all samples. */
export function summarise(profile: { nodes: ProfileNode[] }, top = 12): { places: string[]; functions: string[] } {
  const total = profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
  const byPlace = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    if (hits === 0) continue;
    const place = placeOf(node.callFrame.url);
    const name = `${node.callFrame.functionName || '(anonymous)'} (${place})`;
    byPlace.set(place, (byPlace.get(place) ?? 0) + hits);
    byFunction.set(name, (byFunction.get(name) ?? 0) + hits);
  }
  const share = (entries: Map<string, number>) =>
    [...entries]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, hits]) => `${((hits / total) * 100).toFixed(1)}% ${name}`);
  return { places: share(byPlace), functions: share(byFunction) };
}

async function profileOf(directory: string): Promise<{ nodes: ProfileNode[] }> {
  const [file] = (await readdir(directory)).filter((name) => name.endsWith('.cpuprofile'));
  return JSON.parse(await readFile(join(directory, file!), 'utf8')) as { nodes: ProfileNode[] };
}

/**
 * `npm run bench:profile`: the gateway under `node --cpu-prof`, answering cold wallboards (cache
 * off) and then warm ones; prints where its CPU went, by package or own file and by function.
 */
async function main(): Promise<void> {
  const simulator = await startSimulator({ latencyMs: settings.upstreamLatencyMs });
  try {
    for (const [name, env, range, rounds] of [
      ['cold wallboard (cache off)', { CACHE_ENABLED: 'false' }, today(), 200],
      ['warm wallboard', {}, yesterday(), 3000],
    ] as const) {
      const directory = await mkdtemp(join(tmpdir(), 'gateway-profile-'));
      const gateway = await startGatewayProcess(simulator.url, env, ['--cpu-prof', `--cpu-prof-dir=${directory}`]);
      const body = graphqlBody(wallboardQuery(), { range });
      for (let round = 0; round < rounds; round += 1) await graphql(gateway.url, body);
      await gateway.stop();
      const { places, functions } = summarise(await profileOf(directory));
      console.log(
        `\n## ${name}: ${rounds} operations\n\nBy place:\n${places.join('\n')}\n\nBy function:\n${functions.join('\n')}`,
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
