import { type DocumentNode, GraphQLError, type GraphQLSchema } from 'graphql';
// The CommonJS build on purpose: the ESM build imports graphql/index.mjs, a second instance of
// graphql beside the one everything else loads, and graphql refuses to mix the two. Node sees
// only its default export.
import queryComplexity from 'graphql-query-complexity/cjs';
import { ErrorCode } from '../../errors/error-code.js';
import { GatewayError } from '../../errors/gateway-error.js';
import type { OperationCheck } from '../use-operation-checks.js';

const { fieldExtensionsEstimator, getComplexity, simpleEstimator } = queryComplexity;

const tooComplex = (message: string, extensions: Record<string, unknown>) =>
  new GatewayError(ErrorCode.QUERY_TOO_COMPLEX, message, { ...extensions, http: { status: 400 } });

/**
 * Refuses an operation whose estimated upstream requests exceed `maxCost`, before any resolver
 * runs. The estimate comes from the `complexity` of each fetching field (schema/cost.ts). It
 * runs after the input check, so the variables it reads fit the schema.
 */
export function costCheck(schema: GraphQLSchema, maxCost: number): OperationCheck {
  // Apollo hands the same parsed document to every request with the same text; a wallboard
  // polled by many screens is costed once per distinct operation name and variables.
  const lastCost = new WeakMap<DocumentNode, { input: string; cost: number }>();
  const estimators = [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 0 })];
  return ({ request, document }) => {
    const input = JSON.stringify([request.operationName ?? null, request.variables ?? null]);
    let cost = lastCost.get(document)?.input === input ? lastCost.get(document)!.cost : undefined;
    if (cost === undefined) {
      try {
        cost = getComplexity({
          schema,
          query: document,
          operationName: request.operationName,
          variables: request.variables,
          estimators,
        });
      } catch (error) {
        // Fragments spread inside fragments can expand past what the estimator will walk.
        if (error instanceof GraphQLError)
          throw tooComplex(`This query is too large to estimate: ${error.message}`, { maxCost });
        throw error;
      }
      lastCost.set(document, { input, cost });
    }
    if (cost <= maxCost) return;
    throw tooComplex(
      `This query could make about ${cost} upstream requests; the limit is ${maxCost}. Ask for fewer queues, agents, rows or days, or split it.`,
      { cost, maxCost },
    );
  };
}
