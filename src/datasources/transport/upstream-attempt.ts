import type { ClientRequest, IncomingMessage } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ConnectionPool } from './connection-pool.js';

/** How one attempt ended: Dataflow answered (any status), or it did not. */
export type AttemptOutcome =
  | {
      readonly kind: 'answered';
      readonly status: number;
      readonly body: string;
      /** The answer's Retry-After, in ms, when it has one. */
      readonly retryAfterMs?: number;
    }
  /** `timeout`: the attempt's own time ran out; `deadline`: the read's; `aborted`: the operation's signal. */
  | { readonly kind: 'cut'; readonly why: 'timeout' | 'deadline' | 'aborted' }
  | { readonly kind: 'network'; readonly code: string };

export interface AttemptSpec {
  readonly method: 'GET' | 'POST';
  /** From the origin: the base URL's path, the request's path and its query string. */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | undefined;
  /** This attempt's time; past it the request is aborted. */
  readonly timeoutMs: number;
  /** True when that time is what is left of the read's deadline, not a whole attempt's. */
  readonly endsAtDeadline: boolean;
  /** The operation's (or a shared read's) signal. */
  readonly signal: AbortSignal | undefined;
}

/** A Retry-After header (seconds, or an HTTP date) in ms from now; undefined without one. */
export function retryAfterMs(header: string | undefined, now = Date.now()): number | undefined {
  if (header === undefined) return undefined;
  const ms = /^\s*\d+\s*$/.test(header) ? Number(header) * 1000 : Date.parse(header) - now;
  return Number.isFinite(ms) ? Math.max(0, ms) : undefined;
}

/** What the system said (ECONNREFUSED, ECONNRESET for a connection closed early, …). */
function networkCode(error: unknown): string {
  const { code } = error as { code?: unknown };
  return typeof code === 'string' ? code : 'request failed';
}

/**
 * One HTTP exchange with Dataflow, bounded by one timer and the operation's signal (one timer
 * and one listener cost a few microseconds; AbortSignal.timeout and AbortSignal.any, ~40 µs a
 * call). The body is read whole, whatever the status, so the connection goes back to the pool.
 * Every way it can end settles it once: the first one counts.
 */
export function attempt(pool: ConnectionPool, spec: AttemptSpec): Promise<AttemptOutcome> {
  return new Promise((resolve) => {
    let why: 'timeout' | 'deadline' | 'aborted' | undefined;
    let settled = false;
    const settle = (outcome: AttemptOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      spec.signal?.removeEventListener('abort', onAbort);
      resolve(outcome);
    };
    const fail = (error: unknown) => settle(why ? { kind: 'cut', why } : { kind: 'network', code: networkCode(error) });
    const cut = (reason: 'timeout' | 'deadline' | 'aborted') => {
      why ??= reason;
      request.destroy(new Error(`attempt cut: ${reason}`));
      fail(undefined);
    };
    const onAbort = () => cut('aborted');
    const onResponse = (response: IncomingMessage) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        body += chunk;
      });
      response.on('end', () =>
        settle({
          kind: 'answered',
          status: response.statusCode ?? 0,
          body,
          retryAfterMs: retryAfterMs(response.headers['retry-after']),
        }),
      );
      response.on('error', fail);
      // Closed before its end: the connection went away mid-body.
      response.on('close', () => fail({ code: 'ECONNRESET' }));
    };
    let request: ClientRequest;
    try {
      request = pool.send(
        {
          agent: pool.agent,
          host: pool.host,
          port: pool.port,
          method: spec.method,
          path: spec.path,
          headers:
            spec.body === undefined
              ? spec.headers
              : { ...spec.headers, 'content-length': Buffer.byteLength(spec.body) },
        },
        onResponse,
      );
    } catch (error) {
      // A header Node refuses to send (ERR_INVALID_CHAR): nothing left the process.
      resolve({ kind: 'network', code: networkCode(error) });
      return;
    }
    request.on('error', fail);
    const timer = setTimeout(() => cut(spec.endsAtDeadline ? 'deadline' : 'timeout'), spec.timeoutMs);
    spec.signal?.addEventListener('abort', onAbort, { once: true });
    if (spec.signal?.aborted) onAbort();
    request.end(spec.body);
  });
}

/**
 * Waits `ms` between attempts; false when the operation stopped waiting first (its signal's
 * reason then says why).
 */
export async function pause(ms: number, signal: AbortSignal | undefined): Promise<boolean> {
  try {
    await sleep(ms, undefined, { signal });
    return true;
  } catch {
    return false;
  }
}
