import type { UpstreamPolicy } from '../../config/config.js';
import { ErrorCode } from '../../errors/error-code.js';
import { GatewayError } from '../../errors/gateway-error.js';
import {
  failureFromDeadlineBeforeSending,
  failureFromMalformedBody,
  failureFromNetwork,
  failureFromOperationDeadline,
  failureFromOperationEnded,
  failureFromStatus,
  failureFromTimeout,
} from './upstream-failure.js';
import type { Logger } from '../../logging/logger.js';
import { CircuitBreakers } from './circuit-breakers.js';
import { OperationDeadlineExceeded, OperationEnded } from './operation-deadline.js';
import { parseJsonKeepingDigits, stringifyKeepingDigits } from '../../json/lossless-json.js';
import { attempt, type AttemptOutcome, pause } from './upstream-attempt.js';
import { ConnectionPool } from './connection-pool.js';
import type { QueryValue, UpstreamRequest } from './upstream-request.js';

/** Who is calling, for one GraphQL request. Only these headers are forwarded upstream. */
export interface UpstreamCaller {
  readonly authorization: string | undefined;
  readonly requestId: string;
  readonly logger: Logger;
  /** Told of every attempt actually sent, for the per-operation log line. */
  readonly onUpstreamCall?: () => void;
  /** Aborts when the operation's time is up (OperationDeadline). */
  readonly signal?: AbortSignal;
}

export interface SendOptions {
  /** A read may be retried within its deadline; a write is sent exactly once. */
  readonly read: boolean;
  /**
   * Aborts the call; defaults to the caller's. A read shared by several operations gets one
   * that aborts only when every one of them has stopped waiting (cache/single-flight.ts).
   */
  readonly signal?: AbortSignal;
}

/** Why a call was not sent: the operation's time was up, or it was answered already. */
function notSent(request: UpstreamRequest, reason: unknown, options: SendOptions): GatewayError {
  if (reason instanceof OperationDeadlineExceeded)
    return failureFromDeadlineBeforeSending(request.operation, reason.deadlineMs, !options.read);
  return failureFromOperationEnded(request.operation);
}

/** Backoff between attempts: "full jitter" over an exponential ceiling. */
const BACKOFF_BASE_MS = 100;
const BACKOFF_CAP_MS = 2000;

function backoff(retry: number): number {
  return Math.ceil(Math.random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (retry - 1)));
}

/** Passing failures worth another attempt of a read: a gateway's 5xx, a timeout, a reset connection. */
const RETRIED_STATUSES = new Set([502, 503, 504]);
const RETRIED_NETWORK_CODES = new Set(['ECONNRESET', 'EPIPE']);

function retryable(outcome: AttemptOutcome): boolean {
  switch (outcome.kind) {
    case 'answered':
      return RETRIED_STATUSES.has(outcome.status);
    case 'cut':
      return outcome.why === 'timeout';
    case 'network':
      return RETRIED_NETWORK_CODES.has(outcome.code);
  }
}

/**
 * The last outcome of a read whose deadline leaves no room for another attempt: an answer or a
 * network failure is told as it was; an attempt that timed out, as the whole read timing out.
 */
function outOfTime(last: AttemptOutcome): AttemptOutcome {
  return last.kind === 'cut' ? { kind: 'cut', why: 'deadline' } : last;
}

function queryString(query: Readonly<Record<string, QueryValue>> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined) params.append(name, String(value));
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/**
 * Sent with every request. `identity`: bodies are asked for uncompressed, since the gateway
 * reads them whole and Dataflow is usually near; without it a server may pick any coding.
 */
const BASE_HEADERS = {
  'user-agent': 'dataflow-graphql-gateway',
  accept: 'application/json',
  'accept-encoding': 'identity',
} as const;

/**
 * A retry is not sent with less of the read's deadline left than this: Dataflow could not
 * answer it in time, and the read's real failure (a 503, a reset) says more than a timeout.
 */
const MIN_ATTEMPT_MS = 50;

/**
 * Speaks HTTP to Dataflow: one keep-alive pool per process with a bounded number of connections
 * (connection-pool.ts), the caller's Authorization and request id forwarded, a timeout per
 * attempt, retries with backoff for reads only (502/503/504, timeouts, resets) inside one
 * deadline, a circuit per function, JSON parsed without losing 64-bit digits, and every failure
 * turned into a GatewayError by errors/upstream-failure.
 */
export class DataflowHttpClient {
  private readonly pool: ConnectionPool;
  /** The base URL's path (`/api`), which every request's path follows. */
  private readonly basePath: string;
  private readonly breakers: CircuitBreakers;

  constructor(
    readonly baseUrl: string,
    private readonly policy: UpstreamPolicy,
    logger: Logger,
  ) {
    const url = new URL(baseUrl);
    this.basePath = url.pathname.replace(/\/+$/, '');
    this.breakers = new CircuitBreakers(policy.breaker, logger);
    this.pool = new ConnectionPool(url, policy.maxSockets);
  }

  /** Sends one request; resolves to the parsed body (undefined when empty) or throws a GatewayError. */
  async send(request: UpstreamRequest, caller: UpstreamCaller, options: SendOptions): Promise<unknown> {
    if (!caller.authorization) {
      throw new GatewayError(ErrorCode.UNAUTHENTICATED, 'An Authorization header is required');
    }
    // Nothing is sent for an operation whose time is up (above all no write), and no circuit
    // hears of it.
    const abort = options.signal ?? caller.signal;
    if (abort?.aborted) throw notSent(request, abort.reason, options);
    const text = await this.breakers.run(request.operation, () => this.exchange(request, caller, options));
    if (text.trim() === '') return undefined;
    try {
      return parseJsonKeepingDigits(text);
    } catch {
      throw failureFromMalformedBody(request.operation, 200);
    }
  }

  /** Whether Dataflow answers HTTP at all: any status below 500 proves it is there. */
  async reachable(timeoutMs: number): Promise<boolean> {
    const outcome = await attempt(this.pool, {
      method: 'GET',
      path: `${this.basePath}/call_queues?top=1`,
      headers: BASE_HEADERS,
      body: undefined,
      timeoutMs,
      endsAtDeadline: false,
      signal: undefined,
    });
    return outcome.kind === 'answered' && outcome.status < 500;
  }

  close(): void {
    this.breakers.shutdown();
    this.pool.close();
  }

  /** The HTTP exchange, with its retries; answers the body text or throws a GatewayError. */
  private async exchange(request: UpstreamRequest, caller: UpstreamCaller, options: SendOptions): Promise<string> {
    const started = performance.now();
    const abort = options.signal ?? caller.signal;
    const deadlineAt = options.read ? started + this.policy.deadlineMs : Number.POSITIVE_INFINITY;
    const retries = options.read ? this.policy.retries : 0;
    const spec = {
      method: request.method,
      path: `${this.basePath}/${request.path}${queryString(request.query)}`,
      headers: {
        ...BASE_HEADERS,
        authorization: caller.authorization!,
        'x-request-id': caller.requestId,
        ...(request.body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: request.body !== undefined ? stringifyKeepingDigits(request.body) : undefined,
      signal: abort,
    };
    let outcome: AttemptOutcome;
    for (let retry = 0; ; retry += 1) {
      caller.onUpstreamCall?.();
      const left = deadlineAt - performance.now();
      outcome = await attempt(this.pool, {
        ...spec,
        timeoutMs: Math.min(this.policy.timeoutMs, left),
        endsAtDeadline: left <= this.policy.timeoutMs,
      });
      if (retry >= retries || !retryable(outcome)) break;
      // Dataflow's Retry-After, when it asks for longer than the backoff.
      const wait = Math.max(backoff(retry + 1), outcome.kind === 'answered' ? (outcome.retryAfterMs ?? 0) : 0);
      if (performance.now() + wait + MIN_ATTEMPT_MS > deadlineAt) {
        outcome = outOfTime(outcome);
        break;
      }
      this.logRetry(caller, request, retry + 1, outcome);
      if (!(await pause(wait, abort))) {
        outcome = { kind: 'cut', why: 'aborted' };
        break;
      }
      // The pause's timer may fire late on a busy machine.
      if (performance.now() + MIN_ATTEMPT_MS > deadlineAt) {
        outcome = outOfTime(outcome);
        break;
      }
    }
    if (outcome.kind === 'answered' && outcome.status >= 200 && outcome.status < 300) {
      this.logCall(caller, request, started, outcome.status);
      return outcome.body;
    }
    const failure = this.failure(request, outcome, abort, options, performance.now() - started);
    this.logCall(caller, request, started, outcome.kind === 'answered' ? outcome.status : undefined, failure.message);
    throw failure;
  }

  private failure(
    request: UpstreamRequest,
    outcome: AttemptOutcome,
    abort: AbortSignal | undefined,
    options: SendOptions,
    elapsedMs: number,
  ): GatewayError {
    const { operation } = request;
    if (outcome.kind === 'answered') return failureFromStatus(operation, outcome.status, outcome.body);
    if (outcome.kind === 'network') return failureFromNetwork(operation, outcome.code);
    if (outcome.why === 'aborted')
      return this.cutOff(request, abort?.reason, options, elapsedMs) ?? failureFromNetwork(operation, 'aborted');
    if (outcome.why === 'deadline') return failureFromTimeout(operation, this.policy.deadlineMs);
    return failureFromTimeout(operation, this.policy.timeoutMs);
  }

  /**
   * The failure of a call the operation stopped (its time was up, or it was answered without the
   * call); undefined for any other reason. A call cut off by the deadline says Dataflow is down
   * only if it had itself waited half an attempt's timeout (or half the deadline, if shorter).
   */
  private cutOff(
    request: UpstreamRequest,
    reason: unknown,
    options: SendOptions,
    elapsedMs: number,
  ): GatewayError | undefined {
    if (reason instanceof OperationEnded) return failureFromOperationEnded(request.operation);
    if (!(reason instanceof OperationDeadlineExceeded)) return undefined;
    const slow = elapsedMs >= Math.min(this.policy.timeoutMs, reason.deadlineMs) / 2;
    return failureFromOperationDeadline(request.operation, reason.deadlineMs, slow, !options.read);
  }

  private logRetry(caller: UpstreamCaller, request: UpstreamRequest, retry: number, after: AttemptOutcome): void {
    if (!caller.logger.isLevelEnabled('debug')) return;
    const reason =
      after.kind === 'answered' ? `status ${after.status}` : after.kind === 'network' ? after.code : after.why;
    caller.logger.debug({ upstream: { path: request.path, retry, reason } }, 'upstream retry');
  }

  private logCall(
    caller: UpstreamCaller,
    request: UpstreamRequest,
    started: number,
    status: number | undefined,
    failure?: string,
  ): void {
    // At the usual level (info) nothing is built: a cold wallboard makes 36 of these.
    if (!caller.logger.isLevelEnabled('debug')) return;
    caller.logger.debug(
      {
        upstream: {
          operation: request.operation,
          method: request.method,
          path: request.path,
          status,
          durationMs: Math.round(performance.now() - started),
          failure,
        },
      },
      'upstream call',
    );
  }
}
