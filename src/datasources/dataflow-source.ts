import type { CacheGroup } from '../cache/keys.js';
import { type CacheClass, classifyRange } from '../cache/ttl-policy.js';
import type { TimeRangeValue } from '../domain/time-range.js';
import { ErrorCode } from '../errors/error-code.js';
import { isGatewayError } from '../errors/gateway-error.js';
import type { DataflowHttpClient, UpstreamCaller } from './http-client.js';
import type { ReadSpec, UpstreamReader } from './upstream-reader.js';
import type { UpstreamRequest } from './upstream-request.js';

export interface SourceDeps {
  readonly reader: UpstreamReader;
  readonly http: DataflowHttpClient;
  readonly caller: UpstreamCaller;
  readonly now: () => number;
}

/**
 * Base of the per-request datasources: subclasses add domain methods only. Reads go through
 * the request's reader (de-duplicated and cached); writes go straight to Dataflow and then
 * invalidate what they change for this caller.
 */
export abstract class DataflowSource {
  constructor(protected readonly deps: SourceDeps) {}

  protected read<T>(spec: ReadSpec<T>): Promise<T> {
    return this.deps.reader.read(spec);
  }

  /** A single-resource read whose 404 means "there is none". */
  protected async readOrNull<T>(spec: ReadSpec<T>): Promise<T | null> {
    try {
      return await this.read(spec);
    } catch (error) {
      if (isGatewayError(error, ErrorCode.NOT_FOUND)) return null;
      throw error;
    }
  }

  protected async write(request: UpstreamRequest, invalidates: readonly CacheGroup[]): Promise<unknown> {
    try {
      return await this.deps.http.send(request, this.deps.caller, { read: false });
    } finally {
      // Also after a failure: a write that timed out may still have happened upstream.
      await Promise.all(invalidates.map((group) => this.deps.reader.invalidate(group)));
    }
  }

  protected rangeClass(range: TimeRangeValue): CacheClass {
    return classifyRange(range.end.epochMs, this.deps.now());
  }
}
