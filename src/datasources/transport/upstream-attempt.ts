import { setTimeout as sleep } from 'node:timers/promises';
import type { Pool } from 'undici';

/** How one attempt ended: Dataflow answered (any status), or it did not. */
export type AttemptOutcome =
  | { readonly kind: 'answered'; readonly status: number; readonly body: string }
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

/**
 * Dataflow refused the connection, reset it or closed it early. undici names what it noticed
 * itself (UND_ERR_*), and passes on what the system said (ECONNREFUSED, ECONNRESET).
 */
function networkCode(error: unknown): string {
  const { code, cause } = error as { code?: unknown; cause?: { code?: unknown } };
  if (typeof cause?.code === 'string') return cause.code;
  return typeof code === 'string' ? code : 'request failed';
}

/**
 * One HTTP exchange with Dataflow through undici's pool, bounded by one timer: an abort
 * controller per attempt, fed by that timer and by the operation's signal. (One timer and one
 * listener cost a few microseconds; AbortSignal.timeout and AbortSignal.any, ~40 µs a call.)
 * The body is read whole, whatever the status, so the connection goes back to the pool.
 */
export async function attempt(pool: Pool, spec: AttemptSpec): Promise<AttemptOutcome> {
  const controller = new AbortController();
  let why: 'timeout' | 'deadline' | 'aborted' | undefined;
  const cut = (reason: 'timeout' | 'deadline' | 'aborted') => {
    why ??= reason;
    controller.abort();
  };
  const timer = setTimeout(() => cut(spec.endsAtDeadline ? 'deadline' : 'timeout'), spec.timeoutMs);
  const onAbort = () => cut('aborted');
  spec.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const response = await pool.request({
      method: spec.method,
      path: spec.path,
      headers: spec.headers,
      body: spec.body,
      signal: controller.signal,
    });
    return { kind: 'answered', status: response.statusCode, body: await response.body.text() };
  } catch (error) {
    if (why) return { kind: 'cut', why };
    return { kind: 'network', code: networkCode(error) };
  } finally {
    clearTimeout(timer);
    spec.signal?.removeEventListener('abort', onAbort);
  }
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
