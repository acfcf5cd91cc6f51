import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServer, HeaderMap } from '@apollo/server';
import type { GatewayContext } from '../context.js';
import { readGraphQLRequest, type RequestLimits } from './incoming-request.js';
import { sendRequestError } from './respond.js';

export interface GraphQLHandlerOptions {
  readonly apollo: ApolloServer<GatewayContext>;
  readonly limits: RequestLimits;
  readonly context: (request: IncomingMessage, requestId: string) => GatewayContext;
}

function headerMap(request: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/** Apollo's HTTP entry point on plain node:http: an adapter, nothing more. */
export function createGraphQLHandler(options: GraphQLHandlerOptions) {
  return async (
    request: IncomingMessage,
    response: ServerResponse,
    search: string,
    requestId: string,
  ): Promise<void> => {
    const incoming = await readGraphQLRequest(request, search, options.limits);
    if (incoming.kind === 'abandoned') return;
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
