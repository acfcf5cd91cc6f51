import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** What `npm start` runs; `dist/src/main.js` is the gateway alone, as the image runs it. */
const ENTRY_POINTS = {
  start: fileURLToPath(new URL('../../dist/dev/start.js', import.meta.url)),
  gateway: fileURLToPath(new URL('../../dist/src/main.js', import.meta.url)),
};

export interface BuiltGateway {
  readonly url: string;
  readonly process: ChildProcess;
  readonly output: () => string;
  stop(): Promise<number | null>;
}

/**
 * Runs the built entry point as `npm start` does, with no configuration but an ephemeral port,
 * and waits for its "ready" log line. `npm test` builds before running jest.
 */
export function startBuiltGateway(
  env: Record<string, string> = {},
  entry: keyof typeof ENTRY_POINTS = 'start',
): Promise<BuiltGateway> {
  const child = spawn(process.execPath, [ENTRY_POINTS[entry]], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`gateway did not start:\n${output}`)), 20_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`gateway exited with ${code}:\n${output}`));
    });
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"graphql":"(http:[^"]+)"/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        url: match[1]!,
        process: child,
        output: () => output,
        stop: () =>
          new Promise((done) => {
            child.removeAllListeners('exit');
            child.once('exit', (code) => done(code));
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
  });
}
