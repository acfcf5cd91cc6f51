import http from 'node:http';
import https from 'node:https';
import { got, type Got, RequestError, TimeoutError } from 'got';
import { ErrorCode } from '../errors/error-code.js';
import { GatewayError } from '../errors/gateway-error.js';
import {
  failureFromMalformedBody, failureFromNetwork, failureFromStatus, failureFromTimeout,
} from '../errors/upstream-failure.js';
import type { Logger } from '../logging/logger.js';
import { parseUpstreamJson, stringifyUpstreamJson } from './upstream-json.js';
import type { QueryValue, UpstreamRequest } from './upstream-request.js';

/** Who is calling, for one GraphQL request. Only these headers are forwarded upstream. */
export interface UpstreamCaller {
  readonly authorization: string | undefined;
  readonly requestId: string;
  readonly logger: Logger;
  /** Told of every request actually sent, for the per-operation log line. */
  readonly onUpstreamCall?: () => void;
}

export interface HttpClientOptions {
  readonly baseUrl: string;
  readonly timeoutMs: number;
  readonly maxSockets: number;
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
 * Speaks HTTP to Dataflow: one keep-alive connection pool per process, the caller's
 * Authorization and request id forwarded, a timeout per call, JSON parsed without losing
 * 64-bit digits, and every failure turned into a GatewayError by errors/upstream-failure.
 */
export class DataflowHttpClient {
  private readonly got: Got;
  private readonly agents: { http: http.Agent; https: https.Agent };

  constructor(private readonly options: HttpClientOptions) {
    this.agents = {
      http: new http.Agent({ keepAlive: true, maxSockets: options.maxSockets }),
      https: new https.Agent({ keepAlive: true, maxSockets: options.maxSockets }),
    };
    this.got = got.extend({
      prefixUrl: `${options.baseUrl}/`,
      agent: this.agents,
      timeout: { request: options.timeoutMs },
      retry: { limit: 0 },
      throwHttpErrors: false,
      followRedirect: false,
      responseType: 'text',
      headers: { 'user-agent': 'dataflow-graphql-gateway', accept: 'application/json' },
    });
  }

  get baseUrl(): string {
    return this.options.baseUrl;
  }

  /** Sends one request; resolves to the parsed body (undefined when empty) or throws a GatewayError. */
  async send(request: UpstreamRequest, caller: UpstreamCaller): Promise<unknown> {
    if (!caller.authorization) {
      throw new GatewayError(ErrorCode.UNAUTHENTICATED, 'An Authorization header is required');
    }
    const started = performance.now();
    caller.onUpstreamCall?.();
    let status: number;
    let text: string;
    try {
      const response = await this.got(request.path, {
        method: request.method,
        searchParams: searchParams(request.query),
        headers: {
          authorization: caller.authorization,
          'x-request-id': caller.requestId,
          ...(request.body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        body: request.body !== undefined ? stringifyUpstreamJson(request.body) : undefined,
      });
      status = response.statusCode;
      text = response.body;
    } catch (error) {
      const failure = error instanceof TimeoutError
        ? failureFromTimeout(request.operation, this.options.timeoutMs)
        : failureFromNetwork(request.operation, error instanceof RequestError ? error.code : 'request failed');
      this.logCall(caller, request, started, undefined, failure.message);
      throw failure;
    }
    this.logCall(caller, request, started, status);
    if (status >= 400) throw failureFromStatus(request.operation, status, text);
    if (text.trim() === '') return undefined;
    try {
      return parseUpstreamJson(text);
    } catch {
      throw failureFromMalformedBody(request.operation, status);
    }
  }

  /** Whether Dataflow answers HTTP at all: any status below 500 proves it is there. */
  async reachable(timeoutMs: number): Promise<boolean> {
    try {
      const response = await this.got('call_queues', {
        searchParams: { top: '1' },
        timeout: { request: timeoutMs },
      });
      return response.statusCode < 500;
    } catch {
      return false;
    }
  }

  close(): void {
    this.agents.http.destroy();
    this.agents.https.destroy();
  }

  private logCall(
    caller: UpstreamCaller, request: UpstreamRequest, started: number, status: number | undefined, failure?: string,
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
