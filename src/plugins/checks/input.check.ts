import type { OperationDefinitionNode } from 'graphql';
import { GatewayError, refusal } from '../../errors/gateway-error.js';
import { ARGUMENT_RULES } from '../../arguments/argument-rules.js';
import { checkInputValue } from '../../validation/input-limits.js';
import { checkFieldArguments } from '../../validation/operation-inputs.js';
import { coerceVariables } from '../../validation/variables.js';
import type { OperationCheck } from '../use-operation-checks.js';

/**
 * Every client mistake that can be seen before the operation runs is refused whole, with HTTP
 * 400 and BAD_USER_INPUT, before the credentials, the cost or anything upstream: variables that
 * do not fit the schema (or nest too deep, or lost digits), lists and strings beyond their limits
 * (validation/input-limits.ts), and whatever each field's own argument rules refuse
 * (resolvers/argument-rules.ts), nested fields and later mutations included.
 */
export function inputCheck(): OperationCheck {
  // Apollo hands the same parsed document to every request with the same text: a wallboard
  // polled with the same variables has its arguments checked once.
  const passed = new WeakMap<OperationDefinitionNode, string>();
  return ({ request, document, operation, schema }) => {
    if (!operation) return;
    try {
      const variables = coerceVariables(schema, operation, request.variables);
      // Only after coercion, which refuses values too deep to write out.
      const given = JSON.stringify(request.variables ?? {});
      if (passed.get(operation) === given) return;
      checkFieldArguments(schema, document, operation, variables, ({ coordinate, field, values }) => {
        for (const argument of field.args) {
          checkInputValue(values[argument.name], argument.type, `${coordinate}(${argument.name}:)`, argument.name);
        }
        ARGUMENT_RULES[coordinate]?.(values);
      });
      passed.set(operation, given);
    } catch (error) {
      throw error instanceof GatewayError ? refusal(error) : error;
    }
  };
}
