import { type ChildProcess, spawn } from 'node:child_process';
import { connect } from 'node:net';
import { freePort } from '../../bench/processes.js';

/** A redis-server of a test's own: nothing else reads it, so the test may do as it likes with it. */
export interface RedisServer {
  readonly port: number;
  /** `redis://127.0.0.1:<port>`, for REDIS_URL. */
  readonly url: string;
  /** Stops the server and waits for its process to exit. */
  stop(): Promise<void>;
}

/** Whether `reply` holds a whole RESP simple string, error or bulk string. */
function complete(reply: string): boolean {
  const firstLine = reply.indexOf('\r\n');
  if (firstLine < 0) return false;
  if (!reply.startsWith('$')) return true;
  const length = Number(reply.slice(1, firstLine));
  return length < 0 || Buffer.byteLength(reply) >= firstLine + 2 + length + 2;
}

/**
 * Sends one inline command and answers the reply, or undefined if nobody answers. A server that
 * accepts but stays silent (not a redis) is given up on after a second, to look again.
 */
function ask(port: number, command: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let reply = '';
    const done = (answer: string | undefined) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(1000, () => done(undefined));
    socket.on('connect', () => socket.write(`${command}\r\n`));
    socket.on('data', (chunk) => {
      reply += chunk.toString();
      if (complete(reply)) done(reply);
    });
    socket.on('close', () => done(undefined));
    socket.on('error', () => done(undefined));
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Answers once the server on `port` is this child process: it answers PING, and INFO names the
 * child's pid (another process may have taken the port between freePort() and the child's bind).
 * Rejects if the child exits first, with what it said. No deadline of its own: a server that
 * never comes up fails the hook by the test's timeout.
 */
async function ready(child: ChildProcess, port: number, output: () => string): Promise<void> {
  let exit: string | undefined;
  child.once('exit', (code, signal) => {
    exit = `redis-server exited (${signal ?? code}) before answering:\n${output()}`;
  });
  for (;;) {
    if (exit !== undefined) throw new Error(exit);
    if (
      (await ask(port, 'PING'))?.startsWith('+PONG') &&
      (await ask(port, 'INFO server'))?.includes(`process_id:${child.pid}\r\n`)
    )
      return;
    await pause(20);
  }
}

function stopped(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * Starts a private `redis-server` on a free port of 127.0.0.1, keeping nothing on disk, and
 * resolves once it answers. Tests never touch a Redis they did not start (6379 may be someone
 * else's); redis-server must be installed (Debian: redis-server), not running.
 */
export async function startRedisServer(): Promise<RedisServer> {
  for (let attempt = 1; ; attempt += 1) {
    const port = await freePort();
    const child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    await new Promise<void>((resolve, reject) => {
      child.once('spawn', resolve);
      child.once('error', (error) =>
        reject(new Error(`could not run redis-server (apt-get install redis-server): ${error.message}`)),
      );
    });
    try {
      await ready(child, port, () => output);
      return { port, url: `redis://127.0.0.1:${port}`, stop: () => stopped(child) };
    } catch (error) {
      await stopped(child);
      // Lost the port to another process between choosing it and binding it: choose again.
      if (attempt < 5 && /Address already in use/i.test(output)) continue;
      throw error;
    }
  }
}

/** A private redis-server for a test file: started before its tests, stopped after. */
export function useRedisServer(): () => RedisServer {
  let server: RedisServer | undefined;
  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterAll(async () => {
    await server?.stop();
  });
  return () => {
    if (!server) throw new Error('the redis-server has not started');
    return server;
  };
}
