import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { GatewayContext } from '../context.js';

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * Errors a resolver reported beside the data it still returned (a report job that was created
 * but could not be read back: the client must get its id all the same) join the response's
 * errors, formatted like every other error.
 */
export function useReportedErrors(formatError: FormatError): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const reported = contextValue.reportedErrors;
          if (reported.length === 0 || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.errors = [...(result.errors ?? []), ...reported.map((error) => formatError(error.toJSON(), error))];
        },
      };
    },
  };
}
