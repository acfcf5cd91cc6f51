import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DOCKERFILE = fileURLToPath(new URL('../../Dockerfile', import.meta.url));

/**
 * The Node.js options the gateway image runs with: NODE_OPTIONS in the Dockerfile's gateway
 * stage, the one place they are set, so the benchmark measures the gateway as it ships.
 */
export function productionNodeOptions(dockerfile = readFileSync(DOCKERFILE, 'utf8')): string[] {
  const stage = dockerfile.slice(dockerfile.search(/^FROM \S+ AS gateway$/m));
  const options = /NODE_OPTIONS="([^"]*)"/.exec(stage)?.[1];
  if (options === undefined) throw new Error('the Dockerfile sets no NODE_OPTIONS for the gateway');
  return options.split(/\s+/).filter(Boolean);
}
