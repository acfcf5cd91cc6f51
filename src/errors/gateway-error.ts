import { type ASTNode, GraphQLError } from 'graphql';
import { ErrorCode } from './error-code.js';

/** Facts about a failed upstream call that a client may see. Never the upstream body. */
export interface UpstreamFacts {
  readonly operation: string;
  readonly status?: number;
  readonly timeout?: boolean;
  /** Set when a function's circuit was open and no call was made. */
  readonly circuit?: 'open';
  /** Set when the call was cut off because the whole operation's time was up. */
  readonly deadline?: 'operation';
}

/**
 * The one error class the gateway throws on purpose. Anything else reaching the client is
 * masked as INTERNAL_SERVER_ERROR (see format-error.ts).
 */
export class GatewayError extends GraphQLError {
  readonly code: ErrorCode;

  constructor(
    code: ErrorCode,
    message: string,
    extensions: Record<string, unknown> = {},
    options: { readonly nodes?: ReadonlyArray<ASTNode> | ASTNode; readonly path?: ReadonlyArray<string | number> } = {},
  ) {
    super(message, { extensions: { code, ...extensions }, nodes: options.nodes, path: options.path });
    this.code = code;
  }
}

/**
 * The same error, refusing the whole request with an HTTP status: what a plugin throws before
 * execution (Apollo reads `extensions.http`; without it a refusal would be a 500).
 */
export function refusal(error: GatewayError, status = 400): GatewayError {
  return new GatewayError(error.code, error.message, { ...error.extensions, http: { status } }, { nodes: error.nodes });
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
