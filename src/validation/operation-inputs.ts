import {
  type ArgumentNode, type DocumentNode, type FieldNode, type FragmentDefinitionNode, getArgumentValues, GraphQLError,
  type GraphQLField, type GraphQLSchema, Kind, type OperationDefinitionNode, type SelectionSetNode, TypeInfo, visit,
  visitWithTypeInfo,
} from 'graphql';
import { ErrorCode } from '../errors/error-code.js';
import { GatewayError } from '../errors/gateway-error.js';

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

/** One field of the operation that takes arguments, with their coerced values. */
export interface FieldArguments {
  /** Schema coordinate of the field, `Type.field`. */
  readonly coordinate: string;
  readonly field: GraphQLField<unknown, unknown>;
  readonly values: Record<string, unknown>;
  readonly node: FieldNode;
}

/**
 * Visits every field of the operation (and of the fragments it spreads) that takes arguments,
 * literals and variables alike, with the variables already coerced: what execution would pass
 * its resolver, known before anything runs. A GatewayError thrown by `check` is located at the
 * argument it names, or else at the field.
 */
export function checkFieldArguments(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  check: (field: FieldArguments) => void,
): void {
  const typeInfo = new TypeInfo(schema);
  const visitor = visitWithTypeInfo(typeInfo, {
    Field(node) {
      const field = typeInfo.getFieldDef();
      const parent = typeInfo.getParentType();
      if (!field || !parent || field.args.length === 0) return;
      let values: Record<string, unknown>;
      try {
        values = getArgumentValues(field, node, variables);
      } catch (error) {
        // A null for a non-null argument that only a variable's value could reveal.
        if (error instanceof GraphQLError) throw new GatewayError(ErrorCode.BAD_USER_INPUT, error.message, {}, { nodes: error.nodes });
        throw error;
      }
      try {
        check({ coordinate: `${parent.name}.${field.name}`, field, values, node });
      } catch (error) {
        if (!(error instanceof GatewayError)) throw error;
        throw new GatewayError(error.code, error.message, error.extensions, { nodes: argumentNode(node, error) ?? node });
      }
    },
  });
  for (const definition of [operation, ...fragmentsOf(document, operation)]) visit(definition, visitor);
}

/** The argument an error names in `extensions.argument` (`range`, `filter.range`, `input.recipients[1]`). */
function argumentNode(field: FieldNode, error: GatewayError): ArgumentNode | undefined {
  const path = error.extensions.argument;
  if (typeof path !== 'string') return undefined;
  const name = /^[_A-Za-z][_0-9A-Za-z]*/.exec(path)?.[0];
  return field.arguments?.find((argument) => argument.name.value === name);
}
