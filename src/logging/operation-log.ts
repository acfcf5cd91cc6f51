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

export function logOperation(logger: Logger, line: OperationLogLine, requestId?: string): void {
  const { startedAt, ...fields } = line;
  logger.info(
    {
      ...(requestId === undefined ? {} : { requestId }),
      ...fields,
      durationMs: Math.round((performance.now() - startedAt) * 10) / 10,
    },
    'graphql operation',
  );
}
