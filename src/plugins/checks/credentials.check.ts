import { Kind } from 'graphql';
import { ErrorCode } from '../../errors/error-code.js';
import { GatewayError } from '../../errors/gateway-error.js';
import type { OperationCheck } from '../use-operation-checks.js';

const INTROSPECTION_FIELDS = new Set(['__schema', '__type', '__typename']);

/**
 * An operation that would reach Dataflow needs an Authorization header; without one it is
 * refused whole, with 401, before any resolver runs. Introspection needs none, so GraphiQL can
 * load the schema before an analyst pastes a token.
 */
export const credentialsCheck: OperationCheck = ({ contextValue, operation }) => {
  if (contextValue.authorization) return;
  const onlyIntrospection =
    !!operation &&
    operation.selectionSet.selections.every(
      (selection) => selection.kind === Kind.FIELD && INTROSPECTION_FIELDS.has(selection.name.value),
    );
  if (onlyIntrospection) return;
  throw new GatewayError(ErrorCode.UNAUTHENTICATED, 'An Authorization header (Bearer token for Dataflow) is required', {
    http: { status: 401 },
  });
};
