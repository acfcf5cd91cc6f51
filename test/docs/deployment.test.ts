import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { productionEnvironment, productionNodeOptions } from '../../bench/production-node-options.js';
import { relativeImportsOf, tsFilesUnder } from '../helpers/source-imports.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('what ships', () => {
  it('the gateway never imports anything outside src/: the image, built from src/ alone, holds no simulator', async () => {
    const outside: string[] = [];
    for (const file of await tsFilesUnder(join(root, 'src'))) {
      for (const target of await relativeImportsOf(file)) {
        if (relative(join(root, 'src'), target).startsWith('..'))
          outside.push(`${relative(root, file)} -> ${relative(root, target)}`);
      }
    }
    expect(outside).toEqual([]);
    const gatewayBuild = JSON.parse(await readFile(join(root, 'tsconfig.gateway.json'), 'utf8')) as {
      include: string[];
    };
    expect(gatewayBuild.include).toEqual(['src']);
  });

  it('the image is built with that config and copies only its output', async () => {
    const dockerfile = await readFile(join(root, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/tsc -p tsconfig\.gateway\.json --outDir dist\/gateway/);
    const gatewayStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    expect(gatewayStage).toMatch(/AS gateway\n/);
    expect(gatewayStage).toContain('COPY --from=build /app/dist/gateway ./dist');
    expect(gatewayStage).not.toMatch(/simulator/i);
    expect(gatewayStage).toContain('CMD ["node", "dist/src/main.js"]');
  });

  it('the benchmark runs the gateway with the Node.js options and environment the image sets', async () => {
    const dockerfile = await readFile(join(root, 'Dockerfile'), 'utf8');
    expect(productionNodeOptions(dockerfile)).toEqual(['--max-semi-space-size=2', '--heap-growing-percent=10']);
    expect(() => productionNodeOptions(dockerfile.replace(/NODE_OPTIONS="[^"]*"/, ''))).toThrow(/no NODE_OPTIONS/);
    expect(productionEnvironment(dockerfile)).toEqual({ MALLOC_ARENA_MAX: '2' });
    const compose = await readFile(join(root, 'docker-compose.yml'), 'utf8');
    expect(compose).not.toContain('NODE_OPTIONS');
  });

  it('the simulator image holds the contract it checks requests against, and the dev dependencies it reads it with', async () => {
    const dockerfile = await readFile(join(root, 'Dockerfile'), 'utf8');
    const stage = (name: string): string => {
      const start = dockerfile.search(new RegExp(`^FROM \\S+ AS ${name}$`, 'm'));
      const end = dockerfile.indexOf('\nFROM ', start + 1);
      return dockerfile.slice(start, end === -1 ? undefined : end);
    };
    expect(stage('build')).not.toContain('npm prune');
    expect(stage('production-deps')).toMatch(/^FROM build AS production-deps\nRUN npm prune --omit=dev\n/);
    expect(stage('simulator')).toContain('COPY --from=build /app/node_modules ./node_modules');
    expect(stage('simulator')).toContain('COPY --from=build /app/dist/simulator ./dist');
    // simulator/openapi/document.ts looks three folders up from dist/simulator/openapi/.
    expect(stage('simulator')).toContain('COPY contract ./contract');
    expect(stage('gateway')).toContain('COPY --from=production-deps /app/node_modules ./node_modules');
    const ignored = (await readFile(join(root, '.dockerignore'), 'utf8')).split('\n').map((line) => line.trim());
    expect(ignored).not.toContain('contract');

    const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as Record<
      string,
      Record<string, string>
    >;
    for (const name of ['yaml', 'ajv', 'ajv-formats']) {
      expect([name, manifest['devDependencies']![name]]).toEqual([name, expect.any(String)]);
      expect(manifest['dependencies']![name]).toBeUndefined();
    }
  });

  it('docker compose fronts the simulator service unless DATAFLOW_URL is set', async () => {
    const compose = await readFile(join(root, 'docker-compose.yml'), 'utf8');
    const port = /SIMULATOR_PORT: "(\d+)"/.exec(compose)![1];
    expect(compose).toContain(`DATAFLOW_URL: "\${DATAFLOW_URL:-http://simulator:${port}/api}"`);
    expect(compose).toMatch(/simulator:\n\s+build:\n\s+context: \.\n\s+target: simulator/);
    expect(compose).toMatch(/gateway:\n\s+build:\n\s+context: \.\n\s+target: gateway/);
  });
});
