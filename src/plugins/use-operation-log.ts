import type { ApolloServerPlugin } from '@apollo/server';
import { wholeSecondsUntil } from '../clock.js';
import type { GatewayContext } from '../context.js';
import { ErrorCode } from '../errors/error-code.js';
import type { OperationLog } from '../logging/operation-log.js';

/**
 * One info line per GraphQL operation: name, duration, upstream calls made, cache hits, reads
 * joined to identical ones in flight, stale answers, error codes and how long the response may be
 * kept.
 */
export function useOperationLog(log: OperationLog): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      const startedAt = performance.now();
      return {
        async willSendResponse({ contextValue, operationName, errors }) {
          const { stats, clock } = contextValue;
          const { keepable } = contextValue.response;
          log.write(contextValue.requestId, {
            operationName: operationName ?? null,
            startedAt,
            upstreamCalls: stats.upstreamCalls,
            cacheHits: stats.cacheHits,
            coalesced: stats.coalesced,
            staleAnswers: stats.stale.length,
            errors: [...(errors ?? []), ...contextValue.reportedErrors].map(
              (error) => (error.extensions?.code as string | undefined) ?? ErrorCode.INTERNAL_SERVER_ERROR,
            ),
            responseCache: 'miss',
            maxAgeSeconds: keepable ? wholeSecondsUntil(keepable.until, clock.now()) : null,
          });
        },
      };
    },
  };
}
