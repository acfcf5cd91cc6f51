import { hash } from 'node:crypto';
import { isDotSegment } from '../../domain/resource-id.js';
import { ErrorCode } from '../../errors/error-code.js';
import { GatewayError } from '../../errors/gateway-error.js';

/** The operationIds of dataflow-openapi.yaml: the 16 Dataflow functions and the queue directory. */
export type OperationId =
  | 'queueSummary'
  | 'queueTimeseries'
  | 'agentSummary'
  | 'agentTimeseries'
  | 'callsTimeseries'
  | 'callHistory'
  | 'userCallHistory'
  | 'callDetails'
  | 'userCallDetails'
  | 'listReportJobs'
  | 'createReportJob'
  | 'getReportJob'
  | 'updateReportJob'
  | 'destroyReportJob'
  | 'listReportExecutions'
  | 'destroyReportExecution'
  | 'listCallQueues'
  | 'listCallQueueAgents';

export type QueryValue = string | number | boolean | undefined;

export interface UpstreamRequest {
  readonly operation: OperationId;
  readonly method: 'GET' | 'POST';
  /** Relative to the base URL, without a leading slash; path segments already encoded. */
  readonly path: string;
  readonly query?: Readonly<Record<string, QueryValue>>;
  readonly body?: unknown;
}

/**
 * One path segment from an opaque id or digits. Client ids are checked before they get here
 * (validation/scalars.ts), so what this refuses came from Dataflow itself (a queue's id, a
 * run's job id): empty, `.` and `..` would resolve to the parent resource once the URL is parsed.
 */
export function segment(value: string): string {
  if (isDotSegment(value)) {
    throw new GatewayError(
      ErrorCode.UPSTREAM_ERROR,
      `Dataflow sent an id that cannot name a resource: ${JSON.stringify(value)}`,
    );
  }
  return encodeURIComponent(value);
}

/** JSON with sorted keys and bigint as `123n`, so equal requests give equal text. */
function canonical(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'bigint') return `${value}n`;
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The identity of an upstream request: operation, method, path, and normalised query and body.
 * Two reads with the same identity are the same request, whichever resolver asked.
 */
export function requestIdentity(request: UpstreamRequest): string {
  return `${request.operation} ${request.method} ${request.path} ${canonical(request.query ?? {})} ${canonical(request.body)}`;
}

/** A fixed-length digest of a request identity, for cache keys. */
export function requestDigest(identity: string): string {
  return hash('sha256', identity, 'base64url');
}
