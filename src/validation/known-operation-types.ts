import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';

/**
 * An operation of a type the schema has no root for (a subscription, today) is invalid.
 * graphql-js 16 only notices at execution, with an error that has no code; graphql-js 17 has this
 * rule built in (KnownOperationTypesRule), with the same message.
 */
export const KnownOperationTypes: ValidationRule = (context: ValidationContext) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(
        new GraphQLError(`The ${node.operation} operation is not supported by the schema.`, { nodes: node }),
      );
    }
  },
});
