import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
// The CommonJS build on purpose: the ESM build imports graphql/index.mjs, a second instance of
// graphql beside the one everything else loads, and graphql refuses to mix the two.
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity/cjs';
import type { GatewayContext } from '../context.js';
import { ErrorCode } from '../errors/error-code.js';
import { GatewayError } from '../errors/gateway-error.js';

/**
 * Refuses an operation whose estimated upstream requests exceed `maxCost`, before any resolver
 * runs. The estimate comes from the `complexity` of each fetching field (schema/cost.ts).
 */
export function useQueryCost(schema: GraphQLSchema, maxCost: number): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const cost = getComplexity({
            schema,
            query: document,
            operationName: request.operationName,
            variables: request.variables,
            estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 0 })],
          });
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
