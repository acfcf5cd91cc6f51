import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../context.js';
import { ErrorCode } from '../errors/error-code.js';

/**
 * One info line per GraphQL operation: name, duration, upstream calls made, cache hits, reads
 * joined to identical ones in flight, stale answers and error codes. The request id comes with
 * the context's child logger.
 */
export function useOperationLog(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ contextValue, operationName, errors }) {
          contextValue.logger.info(
            {
              operationName: operationName ?? null,
              durationMs: Math.round((performance.now() - started) * 10) / 10,
              upstreamCalls: contextValue.stats.upstreamCalls,
              cacheHits: contextValue.stats.cacheHits,
              coalesced: contextValue.stats.coalesced,
              staleAnswers: contextValue.stats.stale.length,
              errors: [...(errors ?? []), ...contextValue.reportedErrors].map(
                (error) => error.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR,
              ),
            },
            'graphql operation',
          );
        },
      };
    },
  };
}
