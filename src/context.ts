import { callerScope } from './cache/keys.js';
import type { Clock } from './clock.js';
import { CallAnalyticsSource } from './datasources/call-analytics.source.js';
import {
  newRequestStats,
  RequestReads,
  type RequestScope,
  type RequestStats,
  type SourceDeps,
} from './datasources/dataflow-source.js';
import { QueueAnalyticsSource } from './datasources/queue-analytics.source.js';
import { QueueDirectorySource } from './datasources/queue-directory.source.js';
import { ReportExecutionsSource } from './datasources/report-executions.source.js';
import { ReportJobsSource } from './datasources/report-jobs.source.js';
import { OperationDeadline } from './datasources/transport/operation-deadline.js';
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
  readonly clock: Clock;
  /** The operation's time budget; every upstream call it makes is aborted when it runs out. */
  readonly deadline: OperationDeadline;
  /** Errors reported beside data a resolver still returns (see plugins/use-reported-errors.ts). */
  readonly reportedErrors: GatewayError[];
  /**
   * What is decided about the response for the HTTP handler: set when it may be cached
   * (plugins/use-response-freshness.ts). An object of its own, because Apollo hands plugins and
   * resolvers a shallow copy of the context.
   */
  readonly response: { keepable?: KeepableResponse };
  readonly sources: DataSources;
}

/** A response that may be cached: until when, and what a hit on it logs. */
export interface KeepableResponse {
  readonly until: number;
  readonly operationName: string | null;
  /** Upstream answers it was made of: a hit serves them all from the cache. */
  readonly answers: number;
  /** Made of answers the caller's own writes change (RequestStats.changeable). */
  readonly changeable: boolean;
}

/** What every request shares: the datasources' dependencies and the operation budget. */
export interface ContextDeps extends SourceDeps {
  readonly operationDeadlineMs: number;
}

export interface IncomingRequest {
  readonly authorization: string | undefined;
  readonly requestId: string;
  readonly logger: Logger;
}

/** Fresh datasources per request, scoped by the caller's credentials. */
export function createContext(deps: ContextDeps, incoming: IncomingRequest): GatewayContext {
  const stats = newRequestStats();
  const deadline = new OperationDeadline(deps.operationDeadlineMs);
  const scope: RequestScope = {
    caller: {
      authorization: incoming.authorization,
      requestId: incoming.requestId,
      logger: incoming.logger,
      onUpstreamCall: () => {
        stats.upstreamCalls += 1;
      },
      signal: deadline.signal,
    },
    reads: new RequestReads(),
    cacheScope: incoming.authorization ? callerScope(incoming.authorization) : undefined,
    stats,
  };
  return {
    requestId: incoming.requestId,
    logger: incoming.logger,
    authorization: incoming.authorization,
    stats,
    clock: deps.clock,
    deadline,
    reportedErrors: [],
    response: {},
    sources: {
      queues: new QueueAnalyticsSource(deps, scope),
      calls: new CallAnalyticsSource(deps, scope),
      directory: new QueueDirectorySource(deps, scope),
      reportJobs: new ReportJobsSource(deps, scope),
      reportExecutions: new ReportExecutionsSource(deps, scope),
    },
  };
}
