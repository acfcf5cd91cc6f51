import { createHash } from 'node:crypto';

/** The operationIds of dataflow-openapi.yaml: the 16 Dataflow functions and the queue directory. */
export type OperationId =
  | 'queueSummary' | 'queueTimeseries' | 'agentSummary' | 'agentTimeseries'
  | 'callsTimeseries' | 'callHistory' | 'userCallHistory' | 'callDetails' | 'userCallDetails'
  | 'listReportJobs' | 'createReportJob' | 'getReportJob' | 'updateReportJob' | 'destroyReportJob'
  | 'listReportExecutions' | 'destroyReportExecution'
  | 'listCallQueues' | 'listCallQueueAgents';

export type QueryValue = string | number | boolean | undefined;

export interface UpstreamRequest {
  readonly operation: OperationId;
  readonly method: 'GET' | 'POST';
  /** Relative to the base URL, without a leading slash; path segments already encoded. */
  readonly path: string;
  readonly query?: Readonly<Record<string, QueryValue>>;
  readonly body?: unknown;
}

/** What the datasources refuse to put into a path: it would name another resource, or none. */
export class UnsafePathSegmentError extends Error {}

/**
 * One path segment from an opaque id or digits. Client ids are checked before they get here
 * (validation/scalars.ts); this is the last guard, also for ids that came from Dataflow itself:
 * empty, `.` and `..` would resolve to the parent resource once the URL is parsed.
 */
export function segment(value: string): string {
  if (value === '' || /^\.+$/.test(value)) {
    throw new UnsafePathSegmentError(`refusing to send ${JSON.stringify(value)} as a path segment`);
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
  return createHash('sha256').update(identity).digest('base64url');
}
