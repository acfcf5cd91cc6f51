/** Options of {@link startSimulator}. */
export interface SimulatorOptions {
  /** Port to listen on; default 0 (ephemeral). */
  port?: number;
  /** Interface to bind; default '127.0.0.1'. */
  host?: string;
  /** Clock in epoch ms; default Date.now. Tests pass a fixed clock for determinism. */
  now?: () => number;
  /** Delay added before every response (used by a benchmark); default 0. */
  latencyMs?: number;
  /** Seed of the synthetic data; default 1. Same seed + same clock => same data. */
  seed?: number;
  /** Most requests kept in `requests`, the oldest dropped first; default 10,000 (0 keeps none). */
  maxRecordedRequests?: number;
}

/** One request as the simulator received it. */
export interface RecordedRequest {
  /** The OpenAPI operationId, e.g. 'queueSummary'; 'unknown' if no route matched. */
  operationId: string;
  method: string;
  /** Path without query string, e.g. '/api/dataflow/report_jobs/abc'. */
  path: string;
  query: Record<string, string>;
  /** Raw request text ('' if none). */
  body: string;
  /** Lower-cased header names. */
  headers: Record<string, string | undefined>;
  /** Wall-clock arrival (Date.now), whatever clock the data follows. */
  at: number;
}

/** What an injected fault does to a matching request. */
export type FaultKind =
  | { kind: 'status'; status: number; body?: string }
  | { kind: 'latency'; ms: number }
  /** Answers as it would on arrival, but only once `until` settles: a latency the test ends. */
  | { kind: 'hold'; until: PromiseLike<unknown> }
  | { kind: 'hang' }
  | { kind: 'reset' }
  | { kind: 'malformed' };

/** A fault applied to requests of one operation (or all); `times` defaults to unlimited. */
export interface FaultRule {
  operationId?: string;
  times?: number;
  fault: FaultKind;
}

/** A running simulator of the Dataflow REST API. */
export interface DataflowSimulator {
  /** Base URL including '/api', e.g. 'http://127.0.0.1:PORT/api'. */
  readonly url: string;
  readonly port: number;
  /**
   * The most recent requests, oldest first, at most `maxRecordedRequests` of them. One array for
   * the simulator's lifetime: trimmed and emptied in place, so a reference to it stays current.
   */
  readonly requests: RecordedRequest[];
  /** Requests in `requests`, of one operation or of all. */
  countRequests(operationId?: string): number;
  /** Empties `requests` in place. */
  resetRequests(): void;
  /** Rules are checked in order; a rule with `times` runs out after that many matches. */
  injectFault(rule: FaultRule): void;
  clearFaults(): void;
  /** Stops listening and ends hung requests and keep-alive sockets. */
  close(): Promise<void>;
}
