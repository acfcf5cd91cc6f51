import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './processes.js';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../..', import.meta.url));
/** Inside the project, so Mesh finds its handlers in node_modules; git ignores it. */
const workDir = join(root, 'bench', '.mesh-work');

async function meshBin(): Promise<string> {
  const manifest = require.resolve('@graphql-mesh/cli/package.json');
  const { bin } = JSON.parse(await readFile(manifest, 'utf8')) as { bin: Record<string, string> };
  return join(dirname(manifest), bin.mesh ?? bin['graphql-mesh']!);
}

function run(bin: string, args: string[], stdio: 'ignore' | 'inherit') {
  return spawn(process.execPath, [bin, ...args], {
    cwd: workDir,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', stdio, 'inherit'],
  });
}

/**
 * GraphQL Mesh (the OpenAPI handler) generated from the same dataflow-openapi.yaml and serving
 * it against the same simulator, built and started in production mode as one process, with the
 * caller's Authorization forwarded like the gateway does. POST functions are made Query fields.
 */
export async function startMesh(dataflowUrl: string): Promise<{ url: string; stop(): Promise<void> }> {
  await mkdir(workDir, { recursive: true });
  const port = await freePort();
  await writeFile(
    join(workDir, '.meshrc.yaml'),
    `sources:
  - name: Dataflow
    handler:
      openapi:
        source: ${join(root, 'contract', 'dataflow-openapi.yaml')}
        endpoint: ${dataflowUrl}
        operationHeaders:
          Authorization: "{context.headers.authorization}"
        selectQueryOrMutationField:
          - { fieldName: queueSummary, type: Query }
          - { fieldName: callHistory, type: Query }
serve:
  fork: false
  port: ${port}
  hostname: 127.0.0.1
  browser: false
`,
  );
  const bin = await meshBin();
  await new Promise<void>((resolve, reject) => {
    run(bin, ['build'], 'ignore').once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`mesh build exited with ${code}`)),
    );
  });
  const server = run(bin, ['start'], 'ignore');
  const url = `http://127.0.0.1:${port}/graphql`;
  for (let attempt = 0; ; attempt += 1) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      });
      if (response.ok) break;
    } catch {
      if (attempt > 300) throw new Error('Mesh did not start');
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    stop: () =>
      new Promise((done) => {
        server.once('exit', () => done());
        server.kill('SIGTERM');
      }),
  };
}
