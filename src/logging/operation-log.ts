import type { Logger } from './logger.js';

/** One operation's log line; a response served from the response cache logs one too. */
export interface OperationLogLine {
  readonly operationName: string | null;
  readonly startedAt: number;
  readonly upstreamCalls: number;
  readonly cacheHits: number;
  readonly coalesced: number;
  readonly staleAnswers: number;
  readonly errors: readonly string[];
  /** `hit`: answered whole from the response cache; `miss`: executed. */
  readonly responseCache: 'hit' | 'miss';
  /** What Cache-Control said: how long the response may be kept, or null (no-store). */
  readonly maxAgeSeconds: number | null;
}

/**
 * The one info line per GraphQL operation. Its fields are an operation name (a GraphQL name
 * from the document), counts and error codes, never free text or headers, so it is written
 * without pino's redaction: walking the redacted paths cost ~8 µs a line, half as much as the
 * response cache's whole lookup (bench/findings.md).
 */
export class OperationLog {
  private readonly logger: Logger;

  constructor(logger: Logger) {
    this.logger = logger.child({}, { redact: { paths: [] } });
  }

  write(requestId: string, line: OperationLogLine): void {
    const { startedAt, ...fields } = line;
    this.logger.info(
      { requestId, ...fields, durationMs: Math.round((performance.now() - startedAt) * 10) / 10 },
      'graphql operation',
    );
  }
}
