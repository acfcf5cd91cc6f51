import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServer, HeaderMap } from '@apollo/server';
import type { ResponseCache, ResponseHit, ResponseSlot } from '../cache/response-cache.js';
import { wholeSecondsUntil } from '../clock.js';
import type { GatewayContext } from '../context.js';
import type { OperationLog } from '../logging/operation-log.js';
import { setCacheHeaders } from './cache-control.js';
import { parseGraphQLRequest, receiveBody, type RequestLimits } from './incoming-request.js';
import { sendRequestError } from './respond.js';

/** A cached response, sent as it was stored, with what is left of its freshness; its log line. */
function sendHit(
  response: ServerResponse,
  hit: ResponseHit,
  log: OperationLog,
  requestId: string,
  startedAt: number,
): void {
  const { status, headers, body, operationName, answers, changeable } = hit.response;
  for (const [name, value] of headers) response.setHeader(name, value);
  setCacheHeaders(response, { seconds: hit.secondsLeft, changeable });
  response.statusCode = status;
  response.end(body);
  log.write(requestId, {
    operationName,
    startedAt,
    upstreamCalls: 0,
    cacheHits: answers,
    coalesced: 0,
    staleAnswers: 0,
    errors: [],
    responseCache: 'hit',
    maxAgeSeconds: hit.secondsLeft,
  });
}

export interface GraphQLHandlerOptions {
  readonly apollo: ApolloServer<GatewayContext>;
  readonly limits: RequestLimits;
  readonly context: (request: IncomingMessage, requestId: string) => GatewayContext;
  /** Whole responses per caller; undefined when caching is off. */
  readonly responses: ResponseCache | undefined;
  readonly operationLog: OperationLog;
}

function headerMap(request: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/**
 * What, besides the caller, decides a response: the exact body, and the Accept header Apollo
 * negotiates the content type by. Only a JSON POST with credentials qualifies: a GET may need
 * Apollo's CSRF check, and without credentials nothing is cached at all.
 */
function cacheableRequest(request: IncomingMessage, text: string | undefined): string | undefined {
  const { authorization, accept = '', 'content-type': type = '' } = request.headers;
  if (text === undefined || !authorization) return undefined;
  const semicolon = type.indexOf(';');
  const essence = (semicolon === -1 ? type : type.slice(0, semicolon)).trim().toLowerCase();
  return essence === 'application/json' ? `${accept}\n${text}` : undefined;
}

/**
 * Apollo's HTTP entry point on plain node:http, with the response cache in front: a request
 * whose response is cached (cache/response-cache.ts) is answered here, without parsing or
 * executing anything; any other goes to Apollo, and its response is stored if it may be kept.
 */
export function createGraphQLHandler(options: GraphQLHandlerOptions) {
  const { responses, operationLog } = options;
  return async (
    request: IncomingMessage,
    response: ServerResponse,
    search: string,
    requestId: string,
  ): Promise<void> => {
    const started = performance.now();
    const received = await receiveBody(request, options.limits.maxBodyBytes);
    if (received.kind === 'abandoned') return;
    if (received.kind === 'refused') {
      const { status, code, message } = received.refusal;
      // The rest of an oversized body is not worth reading: the connection ends with the answer.
      if (status === 413) response.setHeader('connection', 'close');
      sendRequestError(response, status, code, message);
      return;
    }
    const cacheable = responses && cacheableRequest(request, received.text);
    let slot: ResponseSlot | undefined;
    if (cacheable) {
      const found = await responses.lookup(request.headers.authorization!, cacheable);
      if (found.hit) return sendHit(response, found.hit, operationLog, requestId, started);
      slot = found.slot;
    }

    const incoming = parseGraphQLRequest(request, received.text, search, options.limits);
    if (incoming.kind === 'refused') {
      const { status, code, message } = incoming.refusal;
      sendRequestError(response, status, code, message);
      return;
    }
    let context: GatewayContext | undefined;
    const result = await options.apollo
      .executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: request.method ?? 'GET',
          headers: headerMap(request),
          search,
          body: incoming.body,
        },
        context: async () => (context = options.context(request, requestId)),
      })
      .finally(() => context?.deadline.dispose());
    const status = result.status ?? 200;
    const keepable = context?.response.keepable;
    if (slot && keepable && status === 200 && result.body.kind === 'complete') {
      // Stored before it is sent: the caller's next identical request finds it, on any instance.
      const headers = [...result.headers];
      const { until: freshUntil, operationName, answers, changeable } = keepable;
      await responses!.store(
        slot,
        { status, headers, freshUntil, operationName, answers, changeable },
        result.body.string,
      );
    }
    for (const [name, value] of result.headers) response.setHeader(name, value);
    setCacheHeaders(
      response,
      context && keepable
        ? {
            seconds: wholeSecondsUntil(keepable.until, context.clock.now()),
            changeable: keepable.changeable,
          }
        : undefined,
    );
    response.statusCode = status;
    if (result.body.kind === 'complete') {
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  };
}
