import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../context.js';

/**
 * When Dataflow failed and an older cached answer stood in, the response says so in
 * `extensions.staleData`: which function, how old the answer is, and why it was used.
 */
export function useStaleNotice(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const { stale } = contextValue.stats;
          if (stale.length === 0 || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, staleData: stale };
        },
      };
    },
  };
}
