import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServer, HeaderMap } from '@apollo/server';
import type { GatewayContext } from '../context.js';
import { MAX_JSON_DEPTH } from '../json/json-depth.js';
import { JsonTooDeepError, parseJsonKeepingDigits } from '../json/lossless-json.js';
import { BodyTooLargeError, readBody } from './read-body.js';
import { sendRequestError } from './respond.js';

export interface GraphQLHandlerOptions {
  readonly apollo: ApolloServer<GatewayContext>;
  readonly maxBodyBytes: number;
  readonly context: (request: IncomingMessage, requestId: string) => GatewayContext;
}

function headerMap(request: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/**
 * Deeper bodies are refused before anything walks them. Variables sit two levels down and may
 * nest MAX_JSON_DEPTH themselves (checked with a message naming the variable); this bound only
 * keeps the recursive 64-bit-exact parser within its stack.
 */
const MAX_BODY_DEPTH = 2 * MAX_JSON_DEPTH;

async function parsedBody(request: IncomingMessage, limit: number): Promise<unknown> {
  if (request.method !== 'POST') return undefined;
  const text = await readBody(request, limit);
  const type = request.headers['content-type'] ?? '';
  // 64-bit ids a client sends as bare numbers arrive as digit strings, which ID accepts.
  return type.includes('json') && text !== '' ? parseJsonKeepingDigits(text, MAX_BODY_DEPTH) : text;
}

/** Apollo's HTTP entry point on plain node:http: an adapter, nothing more. */
export function createGraphQLHandler(options: GraphQLHandlerOptions) {
  return async (request: IncomingMessage, response: ServerResponse, search: string, requestId: string): Promise<void> => {
    let body: unknown;
    try {
      body = await parsedBody(request, options.maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        sendRequestError(response, 413, 'PAYLOAD_TOO_LARGE', `The request body exceeds ${options.maxBodyBytes} bytes`);
      } else if (error instanceof JsonTooDeepError) {
        sendRequestError(response, 400, 'BAD_USER_INPUT', `The request body nests deeper than ${error.maxDepth} levels; no variable of this schema needs more than ${MAX_JSON_DEPTH}`);
      } else if (error instanceof SyntaxError) {
        sendRequestError(response, 400, 'BAD_REQUEST', 'The request body is not valid JSON');
      } else if (!request.destroyed) {
        throw error;
      }
      // A request the client abandoned, or that the server cut off for arriving too slowly (408
      // already sent): there is nobody to answer.
      return;
    }
    let context: GatewayContext | undefined;
    const result = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'GET', headers: headerMap(request), search, body },
      context: async () => (context = options.context(request, requestId)),
    }).finally(() => context?.deadline.dispose());
    for (const [name, value] of result.headers) response.setHeader(name, value);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  };
}
