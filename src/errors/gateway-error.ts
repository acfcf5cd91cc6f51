import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-code.js';

/** Facts about a failed upstream call that a client may see. Never the upstream body. */
export interface UpstreamFacts {
  readonly operation: string;
  readonly status?: number;
  readonly timeout?: boolean;
  /** Set when a function's circuit was open and no call was made. */
  readonly circuit?: 'open';
}

/**
 * The one error class the gateway throws on purpose. Anything else reaching the client is
 * masked as INTERNAL_SERVER_ERROR (see format-error.ts).
 */
export class GatewayError extends GraphQLError {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
    this.code = code;
  }
}

/** Input rejected before any upstream call. `argument` is the argument path, e.g. `filter.range`. */
export function badUserInput(argument: string, problem: string): GatewayError {
  return new GatewayError(ErrorCode.BAD_USER_INPUT, `${argument}: ${problem}`, { argument });
}

export function upstreamError(code: ErrorCode, message: string, upstream: UpstreamFacts): GatewayError {
  return new GatewayError(code, message, { upstream });
}

export function isGatewayError(error: unknown, code?: ErrorCode): error is GatewayError {
  return error instanceof GatewayError && (code === undefined || error.code === code);
}
