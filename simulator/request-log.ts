// The record of what the simulator was sent, for tests to read. It is bounded so that a
// long-running simulator (npm start, a benchmark) does not grow without end: past the bound the
// oldest requests are dropped first. `entries` is one array for the simulator's lifetime, trimmed
// and emptied in place, because callers keep a reference to it.
import type { RecordedRequest } from './types.js';

/** How many requests a simulator keeps unless told otherwise. */
export const DEFAULT_MAX_RECORDED_REQUESTS = 10_000;

export class RequestLog {
  readonly entries: RecordedRequest[] = [];

  constructor(private readonly max: number = DEFAULT_MAX_RECORDED_REQUESTS) {
    if (!Number.isSafeInteger(max) || max < 0) {
      throw new Error(`maxRecordedRequests must be a non-negative integer, got ${String(max)}`);
    }
  }

  record(request: RecordedRequest): void {
    if (this.max === 0) return;
    const excess = this.entries.length + 1 - this.max;
    if (excess > 0) this.entries.splice(0, excess);
    this.entries.push(request);
  }

  /** Requests still in the log, of one operation or of all. */
  count(operationId?: string): number {
    if (operationId === undefined) return this.entries.length;
    return this.entries.filter((request) => request.operationId === operationId).length;
  }

  clear(): void {
    this.entries.length = 0;
  }
}
