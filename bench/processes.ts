import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { productionEnvironment, productionNodeOptions } from './production-node-options.js';

const GATEWAY_MAIN = fileURLToPath(new URL('../src/main.js', import.meta.url));

/** A server of the benchmark running as a process of its own. */
export interface ServerProcess {
  /** http://127.0.0.1:PORT, without a path. */
  readonly origin: string;
  readonly pid: number;
  /** Resident memory now and at its peak, in MB of 10^6 bytes (from /proc). */
  memory(): { rssMB: number; peakMB: number };
  stop(): Promise<void>;
}

export interface GatewayProcess extends ServerProcess {
  /** The GraphQL endpoint. */
  readonly url: string;
}

let highestPeakMB = 0;

/** The highest peak RSS of any gateway process stopped so far in this run. */
export function highestGatewayPeakMB(): number {
  return highestPeakMB;
}

/** A field of /proc/PID/status in MB; the kernel counts in kB of 1024 bytes. */
function statusField(pid: number, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? (Number(match[1]) * 1024) / 1e6 : Number.NaN;
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
 * A built script of the benchmark in a process of its own, as the gateway runs in production:
 * NODE_ENV=production, PORT and HOST from the environment, stdout to /dev/null. Ready once
 * GET /readyz answers 2xx.
 */
export async function startServerProcess(
  script: string,
  options: { env?: Record<string, string>; args?: readonly string[]; nodeOptions?: readonly string[] } = {},
): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [...(options.nodeOptions ?? []), script, ...(options.args ?? [])], {
    env: {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      ...options.env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const pid = child.pid!;
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilReady(`${origin}/readyz`);
  return {
    origin,
    pid,
    memory: () => ({ rssMB: statusField(pid, 'VmRSS'), peakMB: statusField(pid, 'VmHWM') }),
    stop: () =>
      new Promise((done) => {
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

/** The built gateway, with the image's Node.js options and environment (logging at info, one line per operation, to /dev/null here). */
export async function startGatewayProcess(
  dataflowUrl: string,
  env: Record<string, string> = {},
  nodeOptions: readonly string[] = productionNodeOptions(),
): Promise<GatewayProcess> {
  const server = await startServerProcess(GATEWAY_MAIN, {
    env: { ...productionEnvironment(), DATAFLOW_URL: dataflowUrl, ...env },
    nodeOptions,
  });
  return {
    ...server,
    url: `${server.origin}/graphql`,
    stop: () => {
      highestPeakMB = Math.max(highestPeakMB, server.memory().peakMB);
      return server.stop();
    },
  };
}
