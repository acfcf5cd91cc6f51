import {
  type DocumentNode, type FragmentDefinitionNode, getArgumentValues, GraphQLError, type GraphQLSchema, Kind,
  type OperationDefinitionNode, type SelectionSetNode, TypeInfo, visit, visitWithTypeInfo,
} from 'graphql';
import { ErrorCode } from '../errors/error-code.js';
import { GatewayError } from '../errors/gateway-error.js';
import { checkInputValue } from './input-limits.js';

/** The fragments an operation spreads, directly or through other fragments. */
function fragmentsOf(document: DocumentNode, operation: OperationDefinitionNode): FragmentDefinitionNode[] {
  const byName = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) byName.set(definition.name.value, definition);
  }
  const used = new Map<string, FragmentDefinitionNode>();
  const pending: SelectionSetNode[] = [operation.selectionSet];
  while (pending.length > 0) {
    for (const selection of pending.pop()!.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = byName.get(selection.name.value);
        if (fragment && !used.has(fragment.name.value)) {
          used.set(fragment.name.value, fragment);
          pending.push(fragment.selectionSet);
        }
      } else if (selection.selectionSet) {
        pending.push(selection.selectionSet);
      }
    }
  }
  return [...used.values()];
}

/**
 * Checks every argument the operation passes, literals and variables alike, against the input
 * limits (lengths of lists and strings, JSON depth and size), with the variables already
 * coerced. Throws the first problem as BAD_USER_INPUT.
 */
export function checkOperationInputs(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): void {
  const typeInfo = new TypeInfo(schema);
  const visitor = visitWithTypeInfo(typeInfo, {
    Field(node) {
      const field = typeInfo.getFieldDef();
      const parent = typeInfo.getParentType();
      if (!field || !parent || !node.arguments?.length) return;
      let values: Record<string, unknown>;
      try {
        values = getArgumentValues(field, node, variables);
      } catch (error) {
        // A null for a non-null argument that only a variable's value could reveal.
        if (error instanceof GraphQLError) {
          throw new GatewayError(ErrorCode.BAD_USER_INPUT, error.message, { http: { status: 400 } }, { nodes: error.nodes });
        }
        throw error;
      }
      for (const argument of field.args) {
        try {
          checkInputValue(values[argument.name], argument.type, `${parent.name}.${field.name}(${argument.name}:)`, argument.name);
        } catch (error) {
          if (!(error instanceof GatewayError)) throw error;
          // Located at the argument, so an editor can point at it.
          const at = node.arguments.find((given) => given.name.value === argument.name) ?? node;
          throw new GatewayError(error.code, error.message, error.extensions, { nodes: at });
        }
      }
    },
  });
  for (const definition of [operation, ...fragmentsOf(document, operation)]) visit(definition, visitor);
}
