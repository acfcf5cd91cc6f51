import type { ApolloServerPlugin } from '@apollo/server';
import type { OperationDefinitionNode } from 'graphql';
import type { GatewayContext } from '../context.js';
import { GatewayError, refusal } from '../errors/gateway-error.js';
import { checkOperationInputs } from '../validation/operation-inputs.js';
import { coerceVariables } from '../validation/variables.js';

/**
 * Client input that cannot run is refused whole, with HTTP 400 and BAD_USER_INPUT, before the
 * credentials, the cost or anything upstream: variables that do not fit the schema (or nest too
 * deep, or lost digits), and lists or strings beyond their limits (validation/input-limits.ts).
 * It must come before the other plugins with a didResolveOperation hook: Apollo runs those hooks
 * together and answers with the first that throws, and each of these throws before any await.
 */
export function useInputChecks(): ApolloServerPlugin<GatewayContext> {
  // Apollo hands the same parsed document to every request with the same text: a wallboard
  // polled with the same variables has its arguments walked once.
  const passed = new WeakMap<OperationDefinitionNode, string>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          if (!operation) return;
          try {
            const variables = coerceVariables(schema, operation, request.variables);
            // Only after coercion, which refuses values too deep to write out.
            const given = JSON.stringify(request.variables ?? {});
            if (passed.get(operation) === given) return;
            checkOperationInputs(schema, document, operation, variables);
            passed.set(operation, given);
          } catch (error) {
            throw error instanceof GatewayError ? refusal(error) : error;
          }
        },
      };
    },
  };
}
