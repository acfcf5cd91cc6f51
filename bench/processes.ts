import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../src/main.js', import.meta.url));

export interface GatewayProcess {
  readonly url: string;
  readonly pid: number;
  /** Resident memory now and at its peak, in MiB (from /proc). */
  memory(): { rssMiB: number; peakMiB: number };
  stop(): Promise<void>;
}

let highestPeakMiB = 0;

/** The highest peak RSS of any gateway process stopped so far in this run. */
export function highestGatewayPeakMiB(): number {
  return highestPeakMiB;
}

function statusField(pid: number, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilReady(url: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${url} did not become ready`);
}

/**
 * The built gateway in a process of its own (so its memory is its own), as it runs in
 * production: NODE_ENV=production, logging at info (one line per operation, to /dev/null here).
 */
export async function startGatewayProcess(
  dataflowUrl: string,
  env: Record<string, string> = {},
  nodeOptions: readonly string[] = [],
): Promise<GatewayProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeOptions, MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      DATAFLOW_URL: dataflowUrl,
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const pid = child.pid!;
  await waitUntilReady(`http://127.0.0.1:${port}/readyz`);
  const memory = () => ({ rssMiB: statusField(pid, 'VmRSS'), peakMiB: statusField(pid, 'VmHWM') });
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    pid,
    memory,
    stop: () =>
      new Promise((done) => {
        highestPeakMiB = Math.max(highestPeakMiB, memory().peakMiB);
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
