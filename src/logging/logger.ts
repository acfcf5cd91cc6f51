import { pino, type Logger } from 'pino';

/**
 * Paths pino blanks out wherever they occur in a log object. Secrets never reach a log line:
 * the Authorization header (request or upstream), and anything named token.
 */
const REDACTED_PATHS = [
  'authorization',
  'headers.authorization',
  'req.headers.authorization',
  'request.headers.authorization',
  'upstream.headers.authorization',
  '*.authorization',
  '*.headers.authorization',
  'token',
  '*.token',
];

/** A bearer token inside free text (an error message, say) is masked as well. */
const BEARER_IN_TEXT = /Bearer\s+[^\s"',;]+/gi;

export function maskSecrets(text: string): string {
  return text.replace(BEARER_IN_TEXT, 'Bearer [REDACTED]');
}

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'dataflow-graphql-gateway' },
      redact: { paths: REDACTED_PATHS, censor: '[REDACTED]' },
      serializers: {
        // Only these properties: an HTTP client's error may carry the request options, headers included.
        err: (error: unknown) => {
          const { type, message, stack, code } = pino.stdSerializers.err(error as Error) as {
            type: string;
            message?: string;
            stack?: string;
            code?: unknown;
          };
          return { type, code, message: maskSecrets(message ?? ''), stack: stack && maskSecrets(stack) };
        },
      },
    },
    // Standard output, written asynchronously: under load, lines that arrive while a write is
    // pending go out together in the next one instead of one system call each. Pino flushes what
    // is pending when the process exits.
    destination ?? pino.destination({ sync: false }),
  );
}

export type { Logger };
