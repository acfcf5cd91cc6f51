import http from 'node:http';
import https from 'node:https';
import { got, type Got, HTTPError, RequestError, type RetryObject, TimeoutError } from 'got';
import type { UpstreamPolicy } from '../../config/config.js';
import { ErrorCode } from '../../errors/error-code.js';
import { GatewayError, type UpstreamFacts } from '../../errors/gateway-error.js';
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

/** What may end one call early: the operation (or the shared read's) signal, the read's deadline. */
interface CallSignals {
  readonly options: SendOptions;
  readonly abort: AbortSignal | undefined;
  readonly readDeadline: AbortSignal | undefined;
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

function backoff({ attemptCount, computedValue }: RetryObject): number {
  if (computedValue === 0) return 0; // got's rules (method, status, error code, limit) say no
  return Math.ceil(Math.random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attemptCount - 1)));
}

function searchParams(query: Readonly<Record<string, QueryValue>> | undefined): Record<string, string> | undefined {
  if (!query) return undefined;
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined) params[name] = String(value);
  }
  return params;
}

/**
 * Speaks HTTP to Dataflow: one keep-alive pool per process with a bounded number of sockets,
 * the caller's Authorization and request id forwarded, a timeout per attempt, retries with
 * backoff for reads only (502/503/504, timeouts, resets) inside one deadline, a circuit per
 * function, JSON parsed without losing 64-bit digits, and every failure turned into a
 * GatewayError by errors/upstream-failure.
 */
export class DataflowHttpClient {
  private readonly got: Got;
  private readonly agents: { http: http.Agent; https: https.Agent };
  private readonly breakers: CircuitBreakers;

  constructor(
    readonly baseUrl: string,
    private readonly policy: UpstreamPolicy,
    logger: Logger,
  ) {
    this.breakers = new CircuitBreakers(policy.breaker, logger);
    this.agents = {
      http: new http.Agent({ keepAlive: true, maxSockets: policy.maxSockets }),
      https: new https.Agent({ keepAlive: true, maxSockets: policy.maxSockets }),
    };
    this.got = got.extend({
      prefixUrl: `${baseUrl}/`,
      agent: this.agents,
      timeout: { request: policy.timeoutMs },
      retry: {
        limit: 0,
        methods: ['GET', 'POST'],
        statusCodes: [502, 503, 504],
        errorCodes: ['ETIMEDOUT', 'ECONNRESET'],
        calculateDelay: backoff,
      },
      hooks: {
        beforeRetry: [
          (error, retryCount) => {
            const caller = error.options.context.caller as UpstreamCaller | undefined;
            caller?.onUpstreamCall?.();
            caller?.logger.debug(
              {
                upstream: {
                  path: error.options.url?.toString().slice(baseUrl.length),
                  retry: retryCount,
                  reason: error.code,
                },
              },
              'upstream retry',
            );
          },
        ],
      },
      followRedirect: false,
      responseType: 'text',
      headers: { 'user-agent': 'dataflow-graphql-gateway', accept: 'application/json' },
    });
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
    try {
      await this.got('call_queues', { searchParams: { top: '1' }, timeout: { request: timeoutMs } });
      return true;
    } catch (error) {
      return error instanceof HTTPError && error.response.statusCode < 500;
    }
  }

  close(): void {
    this.breakers.shutdown();
    this.agents.http.destroy();
    this.agents.https.destroy();
  }

  /** The HTTP exchange, with its retries; answers the body text or throws a GatewayError. */
  private async exchange(request: UpstreamRequest, caller: UpstreamCaller, options: SendOptions): Promise<string> {
    const started = performance.now();
    caller.onUpstreamCall?.();
    const abort = options.signal ?? caller.signal;
    const readDeadline = options.read ? AbortSignal.timeout(this.policy.deadlineMs) : undefined;
    const signals = [abort, readDeadline].filter((signal): signal is AbortSignal => signal !== undefined);
    try {
      const response = await this.got(request.path, {
        method: request.method,
        searchParams: searchParams(request.query),
        headers: {
          authorization: caller.authorization,
          'x-request-id': caller.requestId,
          ...(request.body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        body: request.body !== undefined ? stringifyKeepingDigits(request.body) : undefined,
        retry: { limit: options.read ? this.policy.retries : 0 },
        signal: signals.length > 1 ? AbortSignal.any(signals) : signals[0],
        context: { caller },
      });
      this.logCall(caller, request, started, response.statusCode);
      return response.body;
    } catch (error) {
      const failure = this.failure(request, error, { options, abort, readDeadline }, performance.now() - started);
      this.logCall(
        caller,
        request,
        started,
        (failure.extensions.upstream as UpstreamFacts | undefined)?.status,
        failure.message,
      );
      throw failure;
    }
  }

  private failure(request: UpstreamRequest, error: unknown, call: CallSignals, elapsedMs: number): GatewayError {
    const { operation } = request;
    if (error instanceof HTTPError)
      return failureFromStatus(operation, error.response.statusCode, String(error.response.body ?? ''));
    const cutOff = call.abort?.aborted ? this.cutOff(request, call.abort.reason, call.options, elapsedMs) : undefined;
    if (cutOff) return cutOff;
    if (call.readDeadline?.aborted) return failureFromTimeout(operation, this.policy.deadlineMs);
    if (error instanceof TimeoutError) return failureFromTimeout(operation, this.policy.timeoutMs);
    return failureFromNetwork(operation, error instanceof RequestError ? error.code : 'request failed');
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

  private logCall(
    caller: UpstreamCaller,
    request: UpstreamRequest,
    started: number,
    status: number | undefined,
    failure?: string,
  ): void {
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
