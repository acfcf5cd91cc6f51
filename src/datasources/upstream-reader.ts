import DataLoader from 'dataloader';
import { type CacheGroup, entryKey } from '../cache/keys.js';
import type { SharedCache } from '../cache/shared-cache.js';
import type { SingleFlight } from '../cache/single-flight.js';
import type { CacheClass, TtlPolicy } from '../cache/ttl-policy.js';
import { ErrorCode } from '../errors/error-code.js';
import { isGatewayError } from '../errors/gateway-error.js';
import { failureFromOperationDeadline, failureFromOperationEnded } from '../errors/upstream-failure.js';
import type { DataflowHttpClient, UpstreamCaller } from './http-client.js';
import { OperationDeadlineExceeded, OperationEnded } from './operation-deadline.js';
import { requestDigest, requestIdentity, type UpstreamRequest } from './upstream-request.js';

/** What one upstream read is: the request, how to decode its JSON, and how long it may be cached. */
export interface ReadSpec<T> {
  readonly request: UpstreamRequest;
  readonly decode: (json: unknown) => T;
  readonly cacheClass: CacheClass;
  /** Mutations of this caller invalidate the whole group. */
  readonly group?: CacheGroup;
}

/** An answer served from the cache past its TTL because Dataflow failed. */
export interface StaleAnswer {
  readonly operation: string;
  readonly ageSeconds: number;
  readonly reason: string;
}

/** Counted per GraphQL operation for its log line (and stale answers for the response). */
export interface RequestStats {
  upstreamCalls: number;
  cacheHits: number;
  /** Reads that joined an identical request already in flight (this or another operation's). */
  coalesced: number;
  stale: StaleAnswer[];
}

/**
 * What the shared cache holds: the value and when it stops being fresh, on the gateway's clock.
 * It is kept longer than that (by the stale-if-error window) so that it can stand in when
 * Dataflow fails. Freshness and that window are judged on the same clock; the store's own expiry
 * (its clock, not ours) only frees the space afterwards.
 */
interface CacheEntry {
  readonly value: unknown;
  readonly freshUntil: number;
}

export interface ReaderDeps {
  readonly http: DataflowHttpClient;
  readonly cache: SharedCache;
  readonly inFlight: SingleFlight;
  readonly ttl: TtlPolicy;
  readonly staleIfErrorMs: number;
  readonly caller: UpstreamCaller;
  /** The caller's cache scope; undefined without credentials, and then nothing is cached. */
  readonly scope: string | undefined;
  readonly stats: RequestStats;
  /** The gateway's clock, for freshness and the stale-if-error window. */
  readonly now: () => number;
}

interface PreparedRead {
  readonly spec: ReadSpec<unknown>;
  readonly identity: string;
}

/** Failures of Dataflow itself, when an older answer is better than none. Never 4xx. */
const canServeStale = (error: unknown): boolean =>
  isGatewayError(error, ErrorCode.UPSTREAM_UNAVAILABLE) || isGatewayError(error, ErrorCode.UPSTREAM_ERROR);

/**
 * Every upstream read of one GraphQL operation goes through here. A DataLoader keyed by the
 * request's identity makes each distinct request once per operation and lets sibling resolvers'
 * requests start together; behind it the shared cache, then identical reads in flight from
 * other operations of the same caller (joined, not repeated), then Dataflow.
 */
export class UpstreamReader {
  private readonly loader = new DataLoader<PreparedRead, unknown, string>(
    (reads) => Promise.all(reads.map((read) => this.fetch(read).catch((error: unknown) => asError(error)))),
    { cacheKeyFn: (read) => read.identity },
  );
  private readonly generations = new Map<CacheGroup, Promise<string>>();

  constructor(private readonly deps: ReaderDeps) {}

  async read<T>(spec: ReadSpec<T>): Promise<T> {
    // Once the operation's time is up, nothing new starts: not even a cache lookup.
    const signal = this.deps.caller.signal;
    if (signal?.aborted) throw deadlineFailure(spec, signal.reason);
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
    const { cache, ttl, scope, stats, staleIfErrorMs, now } = this.deps;
    const { signal } = this.deps.caller;
    // Without credentials the client refuses before any call; there is no scope to key on.
    if (scope === undefined) return this.fromUpstream(spec, signal);
    const ttlMs = ttl.ttlMs(spec.cacheClass);
    // Also without caching: the key is the coalescing key too, and a read-back after a write
    // must not join a read of the same thing that started before it.
    const generation = spec.group ? await this.generation(scope, spec.group) : undefined;
    const key = entryKey(scope, spec.request.operation, requestDigest(read.identity), generation);

    const entry = ttlMs > 0 ? await cache.get<CacheEntry>(key) : undefined;
    if (entry && entry.freshUntil > now()) {
      stats.cacheHits += 1;
      return entry.value;
    }
    try {
      // Only successes are stored, by the one who fetched them; joiners wait for neither.
      const store = ttlMs > 0
        ? (value: unknown) => cache.set(key, { value, freshUntil: now() + ttlMs } satisfies CacheEntry, ttlMs + staleIfErrorMs)
        : undefined;
      const { promise, shared } = this.deps.inFlight.run(key, (shared) => this.fromUpstream(spec, shared), { signal, linger: store });
      if (shared) stats.coalesced += 1;
      return await promise;
    } catch (thrown) {
      // This operation stopped waiting for a read that others may still share.
      const error = deadlineFailure(spec, thrown);
      if (!entry || !canServeStale(error)) throw error;
      // The store may still hold it (its expiry runs on its own clock): the window is ours.
      const staleForMs = now() - entry.freshUntil;
      if (staleForMs > staleIfErrorMs) throw error;
      const ageSeconds = Math.round((staleForMs + ttlMs) / 1000);
      stats.stale.push({ operation: spec.request.operation, ageSeconds, reason: (error as Error).message });
      return entry.value;
    }
  }

  private async fromUpstream(spec: ReadSpec<unknown>, signal: AbortSignal | undefined): Promise<unknown> {
    const json = await this.deps.http.send(spec.request, this.deps.caller, { read: true, signal });
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

/**
 * Why the operation stopped waiting, as the field's error; anything else as it is. (Circuits
 * never see these: they end a wait, not an upstream call.)
 */
function deadlineFailure(spec: ReadSpec<unknown>, error: unknown): unknown {
  if (error instanceof OperationDeadlineExceeded) return failureFromOperationDeadline(spec.request.operation, error.deadlineMs, false);
  if (error instanceof OperationEnded) return failureFromOperationEnded(spec.request.operation);
  return error;
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
