import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from '../logging/logger.js';
import { ErrorCode, REQUEST_CODES } from './error-code.js';
import { GatewayError } from './gateway-error.js';
import { InvalidInputValue } from './invalid-input-value.js';

/**
 * A request Apollo refused with a 4xx but no code (a persisted query whose hash does not match
 * its text, or of an unknown version): the client's mistake, not the server's.
 */
function refusedByApollo(error: unknown): boolean {
  if (!(error instanceof GraphQLError)) return false;
  const status = (error.extensions.http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/** The first error in the wrapping chain that the gateway made on purpose. */
function ownErrorIn(error: unknown): GatewayError | InvalidInputValue | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    if (current instanceof GatewayError || current instanceof InvalidInputValue) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

export interface FormatErrorOptions {
  /** Stack traces in `extensions.stacktrace` (never in production). */
  readonly includeStack: boolean;
  /** Drop graphql-js's "Did you mean …?" (fields, arguments, enum values, input fields, types). */
  readonly hideSuggestions: boolean;
}

/** graphql-js gives up validating a document past a budget of work, and says only this. */
const VALIDATION_ABORTED = 'Validation aborted.';
const VALIDATION_ABORTED_WHY =
  'The document is too costly to validate (many fields of one name to compare, or fragments spread many times); ask for fewer.';

/** graphql-js appends its suggestions last: ` Did you mean "x"?`, `… the enum value "X"?`. */
const SUGGESTION = / ?Did you mean [^?]*\?$/;

/**
 * The one normaliser of everything sent to clients as an error. Errors the gateway made keep
 * their code, also when graphql-js or Apollo wrapped them (a scalar's rejection of a literal
 * arrives as a validation error, and is BAD_USER_INPUT);
 * request errors pass; anything else is masked and logged with its original. With
 * introspection off, suggestions are removed from every message: they would spell out the
 * schema one typo at a time.
 */
export function createFormatError(logger: Logger, { includeStack, hideSuggestions }: FormatErrorOptions) {
  const normalise = normaliser(logger, includeStack);
  if (!hideSuggestions) return normalise;
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const result = normalise(formatted, error);
    if (!SUGGESTION.test(result.message)) return result;
    const stacktrace = result.extensions?.stacktrace;
    return {
      ...result,
      message: result.message.replace(SUGGESTION, ''),
      // Outside production the stack's first line repeats the message.
      ...(Array.isArray(stacktrace)
        ? {
            extensions: {
              ...result.extensions,
              stacktrace: stacktrace.map((line: string) => line.replace(SUGGESTION, '')),
            },
          }
        : {}),
    };
  };
}

function normaliser(logger: Logger, includeStack: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const own = ownErrorIn(error);
    const stacktrace = includeStack ? formatted.extensions?.stacktrace : undefined;
    if (own) {
      const extensions: Record<string, unknown> =
        own instanceof GatewayError
          ? { ...formatted.extensions, ...own.extensions, code: own.code }
          : { ...formatted.extensions, code: ErrorCode.BAD_USER_INPUT };
      // `http` sets the response status (Apollo reads it from the error); it is not for clients.
      delete extensions.http;
      if (!includeStack) delete extensions.stacktrace;
      return { ...formatted, extensions };
    }
    const code = formatted.extensions?.code;
    if ((typeof code === 'string' && REQUEST_CODES.has(code)) || refusedByApollo(error)) {
      const extensions: Record<string, unknown> = {
        ...formatted.extensions,
        code: REQUEST_CODES.has(code as string) ? code : ErrorCode.BAD_REQUEST,
      };
      if (!includeStack) delete extensions.stacktrace;
      const message =
        formatted.message === VALIDATION_ABORTED
          ? `${VALIDATION_ABORTED} ${VALIDATION_ABORTED_WHY}`
          : formatted.message;
      return { ...formatted, message, extensions };
    }
    logger.error({ err: unwrapResolverError(error) }, 'unexpected error, masked for the client');
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, ...(stacktrace ? { stacktrace } : {}) },
    };
  };
}
