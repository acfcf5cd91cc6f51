import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import { wholeSecondsUntil } from '../clock.js';
import type { GatewayContext } from '../context.js';

/**
 * Decides whether a response may be kept, and how long: what the gateway's response cache keeps
 * and what `Cache-Control` tells browsers (http/graphql-handler.ts). A query answered without any
 * error, stale answer or write, from upstream answers that are all fresh for at least another
 * second, may be kept until the first of them goes stale (`private, max-age=N`: it is this
 * caller's); anything else, `no-store`. A response that used no upstream answer is not kept:
 * nothing bounds how long it stays true.
 */
export function useResponseFreshness(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, operation, operationName, errors }) {
          const { stats, clock, reportedErrors } = contextValue;
          const seconds = wholeSecondsUntil(stats.freshUntil, clock.now());
          const keepable =
            operation?.operation === OperationTypeNode.QUERY &&
            !errors?.length &&
            reportedErrors.length === 0 &&
            stats.stale.length === 0 &&
            response.body.kind === 'single' &&
            !response.body.singleResult.errors?.length &&
            Number.isFinite(seconds) &&
            seconds >= 1;
          if (keepable) {
            contextValue.response.keepable = {
              until: stats.freshUntil,
              operationName: operationName ?? null,
              answers: stats.answers,
              changeable: stats.changeable,
            };
          }
        },
      };
    },
  };
}
