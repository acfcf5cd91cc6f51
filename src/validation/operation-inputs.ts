import {
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type FragmentSpreadNode,
  getArgumentValues,
  getDirectiveValues,
  GraphQLError,
  type GraphQLField,
  GraphQLIncludeDirective,
  type GraphQLSchema,
  GraphQLSkipDirective,
  type InlineFragmentNode,
  Kind,
  type OperationDefinitionNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { ErrorCode } from '../errors/error-code.js';
import { GatewayError } from '../errors/gateway-error.js';

/** One field of the operation that takes arguments, with their coerced values. */
export interface FieldArguments {
  /** Schema coordinate of the field, `Type.field`. */
  readonly coordinate: string;
  readonly field: GraphQLField<unknown, unknown>;
  readonly values: Record<string, unknown>;
  readonly node: FieldNode;
}

/** Whether execution includes a field, inline fragment or spread: its @skip and @include. */
function included(
  node: FieldNode | InlineFragmentNode | FragmentSpreadNode,
  variables: Record<string, unknown>,
): boolean {
  if (!node.directives?.length) return true;
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
}

/**
 * Visits every field that execution would run and that takes arguments, literals and variables
 * alike, with the variables already coerced: what execution would pass its resolver, known
 * before anything runs. Like execution, it leaves out what @skip and @include exclude, and reads
 * a fragment only where an included spread reaches it. A GatewayError thrown by `check` is
 * located at the argument it names, or else at the field.
 */
export function checkFieldArguments(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  check: (field: FieldArguments) => void,
): void {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const reached = new Set<string>();
  const pending: Array<OperationDefinitionNode | FragmentDefinitionNode> = [operation];
  const typeInfo = new TypeInfo(schema);
  const visitor = visitWithTypeInfo(typeInfo, {
    InlineFragment: (node) => (included(node, variables) ? undefined : false),
    FragmentSpread(node) {
      const fragment = fragments.get(node.name.value);
      if (!fragment || reached.has(fragment.name.value) || !included(node, variables)) return;
      reached.add(fragment.name.value);
      pending.push(fragment);
    },
    Field(node) {
      if (!included(node, variables)) return false;
      const field = typeInfo.getFieldDef();
      const parent = typeInfo.getParentType();
      if (!field || !parent || field.args.length === 0) return undefined;
      let values: Record<string, unknown>;
      try {
        values = getArgumentValues(field, node, variables);
      } catch (error) {
        // A null for a non-null argument that only a variable's value could reveal.
        if (error instanceof GraphQLError)
          throw new GatewayError(ErrorCode.BAD_USER_INPUT, error.message, {}, { nodes: error.nodes });
        throw error;
      }
      try {
        check({ coordinate: `${parent.name}.${field.name}`, field, values, node });
      } catch (error) {
        if (!(error instanceof GatewayError)) throw error;
        throw new GatewayError(error.code, error.message, error.extensions, {
          nodes: argumentNode(node, error) ?? node,
        });
      }
      return undefined;
    },
  });
  while (pending.length > 0) visit(pending.pop()!, visitor);
}

/** The argument an error names in `extensions.argument` (`range`, `filter.range`, `input.recipients[1]`). */
function argumentNode(field: FieldNode, error: GatewayError): ArgumentNode | undefined {
  const path = error.extensions.argument;
  if (typeof path !== 'string') return undefined;
  const name = /^[_A-Za-z][_0-9A-Za-z]*/.exec(path)?.[0];
  return field.arguments?.find((argument) => argument.name.value === name);
}
