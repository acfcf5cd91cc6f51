import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { graphql, graphqlBody } from './graphql-client.js';
import { startGatewayProcess } from './processes.js';
import { today, yesterday } from './settings.js';
import { wallboardQuery } from './wallboard.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

/** Where the gateway's CPU went during one pass: the top places and functions by self time. */
export interface ProfilePass {
  name: string;
  operations: number;
  places: string[];
  functions: string[];
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
 * The gateway under `node --cpu-prof`, answering cold wallboards (cache off, today's range) one
 * after another, and then, in a process of its own, warm ones (yesterday's range, cached).
 */
export async function profileGateway(
  dataflowUrl: string,
  operations: { cold: number; warm: number },
): Promise<ProfilePass[]> {
  const passes: ProfilePass[] = [];
  for (const [name, env, range, rounds] of [
    ['cold wallboard (cache off)', { CACHE_ENABLED: 'false' }, today(), operations.cold],
    ['warm wallboard', {}, yesterday(), operations.warm],
  ] as const) {
    const directory = await mkdtemp(join(tmpdir(), 'gateway-profile-'));
    try {
      const gateway = await startGatewayProcess(dataflowUrl, env, ['--cpu-prof', `--cpu-prof-dir=${directory}`]);
      const body = graphqlBody(wallboardQuery(), { range });
      for (let round = 0; round < rounds; round += 1) await graphql(gateway.url, body);
      await gateway.stop(); // the profile is written as the process exits
      passes.push({ name, operations: rounds, ...summarise(await profileOf(directory)) });
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  }
  return passes;
}
