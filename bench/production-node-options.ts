import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DOCKERFILE = fileURLToPath(new URL('../../Dockerfile', import.meta.url));

/** The gateway stage of the Dockerfile: from its FROM line to the end. */
function gatewayStage(dockerfile: string): string {
  return dockerfile.slice(dockerfile.search(/^FROM \S+ AS gateway$/m));
}

/** Every NAME=value (or NAME="value") that the gateway stage's ENV lines set. */
function stageEnvironment(dockerfile: string): Record<string, string> {
  const environment: Record<string, string> = {};
  for (const line of gatewayStage(dockerfile).matchAll(/^ENV (.+)$/gm))
    for (const [, name, quoted, plain] of line[1]!.matchAll(/(\w+)=(?:"([^"]*)"|(\S*))/g))
      environment[name!] = quoted ?? plain ?? '';
  return environment;
}

/**
 * The Node.js options the gateway image runs with: NODE_OPTIONS in the Dockerfile's gateway
 * stage, the one place they are set, so the benchmark measures the gateway as it ships.
 */
export function productionNodeOptions(dockerfile = readFileSync(DOCKERFILE, 'utf8')): string[] {
  const options = stageEnvironment(dockerfile).NODE_OPTIONS;
  if (options === undefined) throw new Error('the Dockerfile sets no NODE_OPTIONS for the gateway');
  return options.split(/\s+/).filter(Boolean);
}

/**
 * The rest of the image's environment for the gateway (MALLOC_ARENA_MAX, say), without what the
 * benchmark sets itself: NODE_ENV, PORT and the Node.js options above.
 */
export function productionEnvironment(dockerfile = readFileSync(DOCKERFILE, 'utf8')): Record<string, string> {
  const { NODE_ENV: _mode, PORT: _port, NODE_OPTIONS: _options, ...rest } = stageEnvironment(dockerfile);
  return rest;
}
