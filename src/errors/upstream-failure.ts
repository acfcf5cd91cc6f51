import { ErrorCode } from './error-code.js';
import { type GatewayError, isGatewayError, upstreamError, type UpstreamFacts } from './gateway-error.js';

/**
 * The one place where a failed Dataflow call becomes a GraphQL error. The client learns the
 * status and which function failed; it never sees the upstream body, except the message of a
 * VALIDATE_FAILED error, which Dataflow writes for the caller.
 */
const MAX_MESSAGE = 500;

function validationMessage(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { errors?: Array<{ code?: unknown; message?: unknown }> };
    const first = parsed.errors?.find((item) => item.code === 'VALIDATE_FAILED');
    return typeof first?.message === 'string' ? first.message.slice(0, MAX_MESSAGE) : undefined;
  } catch {
    return undefined;
  }
}

export function failureFromStatus(operation: string, status: number, body: string): GatewayError {
  const upstream = { operation, status };
  if (status === 401) {
    return upstreamError(ErrorCode.UNAUTHENTICATED, 'Dataflow rejected the credentials (401); sign in again', upstream);
  }
  if (status === 403) {
    return upstreamError(ErrorCode.FORBIDDEN, `This token may not use the Dataflow function ${operation} (403)`, upstream);
  }
  if (status === 400) {
    const message = validationMessage(body);
    return upstreamError(
      ErrorCode.BAD_USER_INPUT,
      message ? `Dataflow rejected the request: ${message}` : 'Dataflow rejected the request (400)',
      upstream,
    );
  }
  if (status === 404) {
    return upstreamError(ErrorCode.NOT_FOUND, `Dataflow has no such resource (${operation}, 404)`, upstream);
  }
  if (status === 429 || status >= 500) {
    return upstreamError(ErrorCode.UPSTREAM_UNAVAILABLE, `Dataflow failed to answer ${operation} (${status})`, upstream);
  }
  return upstreamError(ErrorCode.UPSTREAM_ERROR, `Dataflow answered ${operation} with unexpected status ${status}`, upstream);
}

export function failureFromTimeout(operation: string, timeoutMs: number): GatewayError {
  return upstreamError(
    ErrorCode.UPSTREAM_UNAVAILABLE,
    `Dataflow did not answer ${operation} within ${timeoutMs} ms`,
    { operation, timeout: true },
  );
}

/** Failures that say nothing of Dataflow's health, though their code says it did not answer. */
const notOutages = new WeakSet<GatewayError>();

/**
 * The operation's budget ran out while this call was waiting. It counts against the function's
 * circuit only if the call itself had waited long (`slow`): a hung Dataflow still opens circuits,
 * but an operation that spent its time on an earlier call does not close the next function to
 * every caller.
 */
export function failureFromOperationDeadline(operation: string, deadlineMs: number, slow: boolean): GatewayError {
  const failure = upstreamError(
    ErrorCode.UPSTREAM_UNAVAILABLE,
    `The operation's deadline of ${deadlineMs} ms passed before Dataflow answered ${operation}`,
    { operation, timeout: true, deadline: 'operation' },
  );
  if (!slow) notOutages.add(failure);
  return failure;
}

/**
 * Whether a failure counts against a function's circuit: only an unavailable Dataflow does. A
 * 400 or a 401 says nothing of its health, and a 429 is one token's rate limit, which must not
 * close the function to every caller.
 */
export function isOutage(error: unknown): boolean {
  return isGatewayError(error, ErrorCode.UPSTREAM_UNAVAILABLE) &&
    (error.extensions.upstream as UpstreamFacts | undefined)?.status !== 429 &&
    !notOutages.has(error);
}

export function failureFromNetwork(operation: string, reason: string): GatewayError {
  return upstreamError(ErrorCode.UPSTREAM_UNAVAILABLE, `Dataflow could not be reached for ${operation} (${reason})`, { operation });
}

export function failureFromMalformedBody(operation: string, status: number): GatewayError {
  return upstreamError(ErrorCode.UPSTREAM_ERROR, `Dataflow answered ${operation} with malformed JSON`, { operation, status });
}

/** A response that parsed but lacks what the gateway needs (an id after a create, say). */
export function failureFromShape(operation: string, problem: string): GatewayError {
  return upstreamError(ErrorCode.UPSTREAM_ERROR, `Dataflow answered ${operation} with ${problem}`, { operation });
}
