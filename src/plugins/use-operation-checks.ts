import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import type { GatewayContext } from '../context.js';

/** A resolved operation, before it runs. */
export type ResolvedOperation = GraphQLRequestContextDidResolveOperation<GatewayContext>;

/**
 * One check of an operation before it runs. It refuses the operation by throwing a GatewayError
 * that carries its HTTP status (`extensions.http`); without one, Apollo would answer 500.
 */
export type OperationCheck = (request: ResolvedOperation) => void;

/**
 * Runs the checks one after another, in the order given, before the operation executes: the
 * first refusal answers. One hook for all of them, because Apollo runs the hooks of different
 * plugins side by side and answers with whichever fails first. A falsy entry is skipped, so an
 * optional check is one line.
 */
export function useOperationChecks(
  ...checks: Array<OperationCheck | false | undefined>
): ApolloServerPlugin<GatewayContext> {
  const active = checks.filter((check): check is OperationCheck => !!check);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(request) {
          for (const check of active) check(request);
        },
      };
    },
  };
}
