import { getVariableValues, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { ErrorCode } from '../errors/error-code.js';
import { GatewayError } from '../errors/gateway-error.js';
import { findNumber, MAX_JSON_DEPTH, nestsDeeperThan } from '../json/json-depth.js';

/**
 * The operation's variables, coerced to the schema as graphql-js will at execution, or the first
 * problem as BAD_USER_INPUT with graphql-js's own message (`Variable "$first" got invalid value
 * …`). The limits and argument rules run on these coerced values; a value nested thousands deep
 * is refused first, before any recursive reader sees it.
 */
export function coerceVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  given: Readonly<Record<string, unknown>> | undefined,
): Record<string, unknown> {
  const variables = given ?? {};
  for (const [name, value] of Object.entries(variables)) {
    if (nestsDeeperThan(value, MAX_JSON_DEPTH)) {
      throw new GatewayError(
        ErrorCode.BAD_USER_INPUT,
        `Variable "$${name}" nests deeper than ${MAX_JSON_DEPTH} levels; no input of this schema needs that many`,
      );
    }
  }
  const definitions = operation.variableDefinitions ?? [];
  const { coerced, errors } = getVariableValues(schema, definitions, variables, { maxErrors: 1 });
  if (errors) throw new GatewayError(ErrorCode.BAD_USER_INPUT, errors[0]!.message, {}, { nodes: errors[0]!.nodes });

  // A POST body keeps the digits of a bare 64-bit integer (http/incoming-request.ts); the
  // variables of a GET are parsed by Apollo with JSON.parse, which rounds them, and so is a
  // number written with an exponent or a fraction. A rounded id would silently name another call
  // or tenant, so such variables are refused instead.
  for (const definition of definitions) {
    const name = definition.variable.name.value;
    const path = findNumber(
      variables[name],
      `variables.${name}`,
      (number) => Number.isInteger(number) && !Number.isSafeInteger(number),
    );
    if (path) {
      throw new GatewayError(
        ErrorCode.BAD_USER_INPUT,
        `${path}: an integer beyond 2^53 lost digits on the way in; send 64-bit ids as strings, or as plain digits in a POST body`,
        { argument: path },
      );
    }
  }
  return coerced;
}
