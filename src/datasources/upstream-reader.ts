import DataLoader from 'dataloader';
import { type CacheGroup, entryKey } from '../cache/keys.js';
import type { SharedCache } from '../cache/shared-cache.js';
import type { CacheClass, TtlPolicy } from '../cache/ttl-policy.js';
import type { DataflowHttpClient, UpstreamCaller } from './http-client.js';
import { requestDigest, requestIdentity, type UpstreamRequest } from './upstream-request.js';

/** What one upstream read is: the request, how to decode its JSON, and how long it may be cached. */
export interface ReadSpec<T> {
  readonly request: UpstreamRequest;
  readonly decode: (json: unknown) => T;
  readonly cacheClass: CacheClass;
  /** Mutations of this caller invalidate the whole group. */
  readonly group?: CacheGroup;
}

/** Counted per GraphQL operation for its log line. */
export interface RequestStats {
  upstreamCalls: number;
  cacheHits: number;
}

export interface ReaderDeps {
  readonly http: DataflowHttpClient;
  readonly cache: SharedCache;
  readonly ttl: TtlPolicy;
  readonly caller: UpstreamCaller;
  /** The caller's cache scope; undefined without credentials, and then nothing is cached. */
  readonly scope: string | undefined;
  readonly stats: RequestStats;
}

interface PreparedRead {
  readonly spec: ReadSpec<unknown>;
  readonly identity: string;
}

/**
 * Every upstream read of one GraphQL operation goes through here. A DataLoader keyed by the
 * request's identity makes each distinct request once per operation and lets sibling resolvers'
 * requests start together; behind it the shared cache, then Dataflow.
 */
export class UpstreamReader {
  private readonly loader = new DataLoader<PreparedRead, unknown, string>(
    (reads) => Promise.all(reads.map((read) => this.fetch(read).catch((error: unknown) => asError(error)))),
    { cacheKeyFn: (read) => read.identity },
  );
  private readonly generations = new Map<CacheGroup, Promise<string>>();

  constructor(private readonly deps: ReaderDeps) {}

  async read<T>(spec: ReadSpec<T>): Promise<T> {
    const read: PreparedRead = { spec, identity: requestIdentity(spec.request) };
    try {
      return (await this.loader.load(read)) as T;
    } catch (error) {
      // Failures are not memoised: a later field asking again gets a fresh attempt.
      this.loader.clear(read);
      throw error;
    }
  }

  /** After a mutation: forget what this operation read of the group, here and in the shared cache. */
  async invalidate(group: CacheGroup): Promise<void> {
    this.loader.clearAll();
    this.generations.delete(group);
    if (this.deps.scope !== undefined) await this.deps.cache.invalidate(this.deps.scope, group);
  }

  private async fetch(read: PreparedRead): Promise<unknown> {
    const { spec } = read;
    const { cache, ttl, scope, stats } = this.deps;
    const ttlMs = scope === undefined ? 0 : ttl.ttlMs(spec.cacheClass);
    if (ttlMs <= 0 || scope === undefined) return this.fromUpstream(spec);

    const generation = spec.group ? await this.generation(scope, spec.group) : undefined;
    const key = entryKey(scope, spec.request.operation, requestDigest(read.identity), generation);
    const cached = await cache.get<unknown>(key);
    if (cached !== undefined) {
      stats.cacheHits += 1;
      return cached;
    }
    const value = await this.fromUpstream(spec);
    // Not awaited: the answer need not wait for the store. Errors never get here, so are never cached.
    void cache.set(key, value, ttlMs);
    return value;
  }

  private async fromUpstream(spec: ReadSpec<unknown>): Promise<unknown> {
    const json = await this.deps.http.send(spec.request, this.deps.caller);
    return spec.decode(json);
  }

  private generation(scope: string, group: CacheGroup): Promise<string> {
    let generation = this.generations.get(group);
    if (!generation) {
      generation = this.deps.cache.generation(scope, group);
      this.generations.set(group, generation);
    }
    return generation;
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
