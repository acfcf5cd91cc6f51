import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServerProcess } from './processes.js';

const CEILING_SERVER = fileURLToPath(new URL('./ceiling-server.js', import.meta.url));

/** A bare node:http server in its own process, answering every request with `body`: a warm read's ceiling. */
export async function startCeiling(body: string): Promise<{ url: string; stop(): Promise<void> }> {
  const directory = await mkdtemp(join(tmpdir(), 'bench-ceiling-'));
  const file = join(directory, 'body.json');
  await writeFile(file, body);
  const server = await startServerProcess(CEILING_SERVER, { args: [file] });
  return {
    url: `${server.origin}/graphql`,
    stop: async () => {
      await server.stop();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
