import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, GraphQLSchema } from 'graphql';
// The CommonJS build on purpose: the ESM build imports graphql/index.mjs, a second instance of
// graphql beside the one everything else loads, and graphql refuses to mix the two. Node sees
// only its default export.
import queryComplexity from 'graphql-query-complexity/cjs';
import type { GatewayContext } from '../context.js';
import { ErrorCode } from '../errors/error-code.js';
import { GatewayError } from '../errors/gateway-error.js';

/**
 * Refuses an operation whose estimated upstream requests exceed `maxCost`, before any resolver
 * runs. The estimate comes from the `complexity` of each fetching field (schema/cost.ts).
 */
const { fieldExtensionsEstimator, getComplexity, simpleEstimator } = queryComplexity;

export function useQueryCost(schema: GraphQLSchema, maxCost: number): ApolloServerPlugin<GatewayContext> {
  // Apollo hands the same parsed document to every request with the same text; a wallboard
  // polled by many screens is costed once per distinct operation name and variables.
  const lastCost = new WeakMap<DocumentNode, { input: string; cost: number }>();
  const estimators = [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 0 })];
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const input = JSON.stringify([request.operationName ?? null, request.variables ?? null]);
          let cost = lastCost.get(document)?.input === input ? lastCost.get(document)!.cost : undefined;
          if (cost === undefined) {
            cost = getComplexity({ schema, query: document, operationName: request.operationName, variables: request.variables, estimators });
            lastCost.set(document, { input, cost });
          }
          if (cost <= maxCost) return;
          throw new GatewayError(
            ErrorCode.QUERY_TOO_COMPLEX,
            `This query could make about ${cost} upstream requests; the limit is ${maxCost}. Ask for fewer queues, agents, rows or days, or split it.`,
            { cost, maxCost, http: { status: 400 } },
          );
        },
      };
    },
  };
}
