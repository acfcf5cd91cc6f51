import { ErrorCode } from '../../errors/error-code.js';
import { GatewayError, type UpstreamFacts } from '../../errors/gateway-error.js';

// The one place where a failed Dataflow call becomes a GraphQL error, and where it is decided
// what the failure says of Dataflow's health. The client learns the status and which function
// failed; it never sees the upstream body, except the message of a VALIDATE_FAILED error, which
// Dataflow writes for the caller.

/**
 * What a failure says of the function's health, for its circuit:
 * - `down`: Dataflow failed or did not answer in time (5xx, a timeout, no connection);
 * - `up`: Dataflow answered, and the fault is the caller's (400, 401, 403, 404; a 429 is one
 *   token's rate limit, which must not close the function to every caller);
 * - `unknown`: the gateway stopped waiting before Dataflow could be judged (the operation ran
 *   out of time early in the call, or was answered without it).
 */
export type DataflowHealth = 'down' | 'up' | 'unknown';

export class UpstreamFailure extends GatewayError {
  constructor(
    code: ErrorCode,
    message: string,
    upstream: UpstreamFacts,
    readonly health: DataflowHealth,
  ) {
    super(code, message, { upstream });
  }
}

/** What a thrown error says of Dataflow's health; anything but an UpstreamFailure says nothing. */
export function healthOf(error: unknown): DataflowHealth {
  return error instanceof UpstreamFailure ? error.health : 'unknown';
}

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

export function failureFromStatus(operation: string, status: number, body: string): UpstreamFailure {
  const upstream = { operation, status };
  if (status === 401) {
    return new UpstreamFailure(
      ErrorCode.UNAUTHENTICATED,
      'Dataflow rejected the credentials (401); sign in again',
      upstream,
      'up',
    );
  }
  if (status === 403) {
    return new UpstreamFailure(
      ErrorCode.FORBIDDEN,
      `This token may not use the Dataflow function ${operation} (403)`,
      upstream,
      'up',
    );
  }
  if (status === 400) {
    const message = validationMessage(body);
    return new UpstreamFailure(
      ErrorCode.BAD_USER_INPUT,
      message ? `Dataflow rejected the request: ${message}` : 'Dataflow rejected the request (400)',
      upstream,
      'up',
    );
  }
  if (status === 404) {
    return new UpstreamFailure(
      ErrorCode.NOT_FOUND,
      `Dataflow has no such resource (${operation}, 404)`,
      upstream,
      'up',
    );
  }
  if (status === 429 || status >= 500) {
    return new UpstreamFailure(
      ErrorCode.UPSTREAM_UNAVAILABLE,
      `Dataflow failed to answer ${operation} (${status})`,
      upstream,
      status === 429 ? 'up' : 'down',
    );
  }
  return new UpstreamFailure(
    ErrorCode.UPSTREAM_ERROR,
    `Dataflow answered ${operation} with unexpected status ${status}`,
    upstream,
    'up',
  );
}

export function failureFromTimeout(operation: string, timeoutMs: number): UpstreamFailure {
  return new UpstreamFailure(
    ErrorCode.UPSTREAM_UNAVAILABLE,
    `Dataflow did not answer ${operation} within ${timeoutMs} ms`,
    { operation, timeout: true },
    'down',
  );
}

/**
 * The operation's budget ran out while this call waited. It says Dataflow is down only if the
 * call itself had waited long (`slow`): a hung Dataflow still opens circuits, but an operation
 * that spent its time on an earlier call does not close the next function to every caller. A
 * write cut off this way may still have happened.
 */
export function failureFromOperationDeadline(
  operation: string,
  deadlineMs: number,
  slow: boolean,
  write = false,
): UpstreamFailure {
  return new UpstreamFailure(
    ErrorCode.UPSTREAM_UNAVAILABLE,
    `The operation's deadline of ${deadlineMs} ms passed before Dataflow answered ${operation}` +
      (write ? '; the change may or may not have been made' : ''),
    { operation, timeout: true, deadline: 'operation' },
    slow ? 'down' : 'unknown',
  );
}

/** The operation's time was up before the call was sent: nothing happened upstream. */
export function failureFromDeadlineBeforeSending(
  operation: string,
  deadlineMs: number,
  write: boolean,
): UpstreamFailure {
  return new UpstreamFailure(
    ErrorCode.UPSTREAM_UNAVAILABLE,
    `The operation's deadline of ${deadlineMs} ms passed before ${operation} was sent` +
      (write ? '; nothing was changed' : ''),
    { operation, timeout: true, deadline: 'operation' },
    'unknown',
  );
}

/** The operation was answered without this call (a sibling's error ended it); nobody waits for it. */
export function failureFromOperationEnded(operation: string): UpstreamFailure {
  return new UpstreamFailure(
    ErrorCode.UPSTREAM_UNAVAILABLE,
    `The operation ended before Dataflow answered ${operation}`,
    { operation },
    'unknown',
  );
}

export function failureFromNetwork(operation: string, reason: string): UpstreamFailure {
  return new UpstreamFailure(
    ErrorCode.UPSTREAM_UNAVAILABLE,
    `Dataflow could not be reached for ${operation} (${reason})`,
    { operation },
    'down',
  );
}

export function failureFromMalformedBody(operation: string, status: number): UpstreamFailure {
  return new UpstreamFailure(
    ErrorCode.UPSTREAM_ERROR,
    `Dataflow answered ${operation} with malformed JSON`,
    { operation, status },
    'up',
  );
}

/** A response that parsed but lacks what the gateway needs (an id after a create, say). */
export function failureFromShape(operation: string, problem: string): UpstreamFailure {
  return new UpstreamFailure(
    ErrorCode.UPSTREAM_ERROR,
    `Dataflow answered ${operation} with ${problem}`,
    { operation },
    'up',
  );
}
