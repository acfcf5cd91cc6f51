import type { ApolloServerPlugin } from '@apollo/server';
import { type ASTNode, type DocumentNode, GraphQLError, Kind, type ValueNode } from 'graphql';
import type { GatewayContext } from '../context.js';
import { InvalidInputValue } from '../errors/invalid-input-value.js';

/** The argument path (`range.start`, `input.recipients[1]`) leading to a value node. */
function argumentPath(document: DocumentNode, target: ASTNode): string | undefined {
  const inValue = (value: ValueNode, path: string): string | undefined => {
    if (value === target) return path;
    if (value.kind === Kind.OBJECT) {
      for (const field of value.fields) {
        const found = inValue(field.value, `${path}.${field.name.value}`);
        if (found) return found;
      }
    }
    if (value.kind === Kind.LIST) {
      for (const [index, item] of value.values.entries()) {
        const found = inValue(item, `${path}[${index}]`);
        if (found) return found;
      }
    }
    return undefined;
  };
  const inNode = (node: ASTNode): string | undefined => {
    if (node.kind === Kind.ARGUMENT) return inValue(node.value, node.name.value);
    for (const child of Object.values(node)) {
      const children = Array.isArray(child) ? child : [child];
      for (const item of children) {
        if (item && typeof item === 'object' && 'kind' in item) {
          const found = inNode(item as ASTNode);
          if (found) return found;
        }
      }
    }
    return undefined;
  };
  return inNode(document);
}

/**
 * graphql-js reports a scalar's rejection of a literal without saying which argument held it;
 * for variables it does. This names the argument for literals too, so every input error reads
 * `<argument>: <problem>`.
 */
export function useInputErrorPaths(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async validationDidStart({ document }) {
          return async (errors) => {
            for (const error of errors ?? []) {
              if (!(error instanceof GraphQLError)) continue;
              const node = error.nodes?.[0];
              if (!(error.originalError instanceof InvalidInputValue) || !node) continue;
              const path = argumentPath(document, node);
              if (path) {
                // Apollo wraps these errors after this hook, copying the message.
                (error as { message: string }).message = `${path}: ${error.originalError.message}`;
                (error.extensions as Record<string, unknown>).argument = path;
              }
            }
          };
        },
      };
    },
  };
}
