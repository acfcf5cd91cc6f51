import type { SharedCache } from './cache/shared-cache.js';
import type { SingleFlight } from './cache/single-flight.js';
import type { TtlPolicy } from './cache/ttl-policy.js';
import { callerScope } from './cache/keys.js';
import { CallAnalyticsSource } from './datasources/call-analytics.source.js';
import type { SourceDeps } from './datasources/dataflow-source.js';
import type { DataflowHttpClient, UpstreamCaller } from './datasources/http-client.js';
import { OperationDeadline } from './datasources/operation-deadline.js';
import { QueueAnalyticsSource } from './datasources/queue-analytics.source.js';
import { QueueDirectorySource } from './datasources/queue-directory.source.js';
import { ReportExecutionsSource } from './datasources/report-executions.source.js';
import { ReportJobsSource } from './datasources/report-jobs.source.js';
import { type RequestStats, UpstreamReader } from './datasources/upstream-reader.js';
import type { GatewayError } from './errors/gateway-error.js';
import type { Logger } from './logging/logger.js';

export interface DataSources {
  readonly queues: QueueAnalyticsSource;
  readonly calls: CallAnalyticsSource;
  readonly directory: QueueDirectorySource;
  readonly reportJobs: ReportJobsSource;
  readonly reportExecutions: ReportExecutionsSource;
}

/** Everything one GraphQL request knows. Nothing caller-specific lives anywhere else. */
export interface GatewayContext {
  readonly requestId: string;
  readonly logger: Logger;
  readonly authorization: string | undefined;
  readonly stats: RequestStats;
  readonly now: () => number;
  /** The operation's time budget; every upstream call it makes is aborted when it runs out. */
  readonly deadline: OperationDeadline;
  /** Errors reported beside data a resolver still returns (see plugins/use-reported-errors.ts). */
  readonly reportedErrors: GatewayError[];
  readonly sources: DataSources;
}

/** What every request shares: the process's upstream client, caches and policies. */
export interface ContextDeps {
  readonly http: DataflowHttpClient;
  readonly cache: SharedCache;
  readonly inFlight: SingleFlight;
  readonly ttl: TtlPolicy;
  readonly staleIfErrorMs: number;
  readonly operationDeadlineMs: number;
  readonly now: () => number;
}

export interface IncomingRequest {
  readonly authorization: string | undefined;
  readonly requestId: string;
  readonly logger: Logger;
}

/** Fresh loaders and datasources per request, scoped by the caller's credentials. */
export function createContext(deps: ContextDeps, incoming: IncomingRequest): GatewayContext {
  const stats: RequestStats = { upstreamCalls: 0, cacheHits: 0, coalesced: 0, stale: [] };
  const deadline = new OperationDeadline(deps.operationDeadlineMs);
  const caller: UpstreamCaller = {
    authorization: incoming.authorization,
    requestId: incoming.requestId,
    logger: incoming.logger,
    onUpstreamCall: () => { stats.upstreamCalls += 1; },
    signal: deadline.signal,
  };
  const reader = new UpstreamReader({
    http: deps.http,
    cache: deps.cache,
    inFlight: deps.inFlight,
    ttl: deps.ttl,
    staleIfErrorMs: deps.staleIfErrorMs,
    caller,
    scope: incoming.authorization ? callerScope(incoming.authorization) : undefined,
    stats,
    now: deps.now,
  });
  const sourceDeps: SourceDeps = { reader, http: deps.http, caller, now: deps.now };
  return {
    requestId: incoming.requestId,
    logger: incoming.logger,
    authorization: incoming.authorization,
    stats,
    now: deps.now,
    deadline,
    reportedErrors: [],
    sources: {
      queues: new QueueAnalyticsSource(sourceDeps),
      calls: new CallAnalyticsSource(sourceDeps),
      directory: new QueueDirectorySource(sourceDeps),
      reportJobs: new ReportJobsSource(sourceDeps),
      reportExecutions: new ReportExecutionsSource(sourceDeps),
    },
  };
}
