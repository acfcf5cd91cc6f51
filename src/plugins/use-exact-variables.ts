import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../context.js';
import { ErrorCode } from '../errors/error-code.js';
import { GatewayError } from '../errors/gateway-error.js';

/** The path of the first integer in `value` that a double could not hold exactly. */
function roundedInteger(value: unknown, path: string): string | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && !Number.isSafeInteger(value) ? path : undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = roundedInteger(item, `${path}[${index}]`);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = roundedInteger(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * POST bodies keep 64-bit integers digit for digit (http/graphql-handler.ts); variables in a
 * GET query string are parsed by Apollo with JSON.parse, which rounds them. A rounded id would
 * silently name another call or tenant, so such variables are refused instead.
 */
export function useExactVariables(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request }) {
          const path = roundedInteger(request.variables ?? {}, 'variables');
          if (path) {
            throw new GatewayError(
              ErrorCode.BAD_USER_INPUT,
              `${path}: an integer beyond 2^53 lost digits on the way in; send 64-bit ids as strings (or in a POST body)`,
              { argument: path, http: { status: 400 } },
            );
          }
        },
      };
    },
  };
}
