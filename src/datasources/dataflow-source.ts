import DataLoader from 'dataloader';
import type { CacheClass, CachePolicy } from '../cache/cache-policy.js';
import { type CacheGroup, entryKey } from '../cache/keys.js';
import type { SharedCache } from '../cache/shared-cache.js';
import type { SingleFlight } from '../cache/single-flight.js';
import type { Clock } from '../clock.js';
import type { TimeRangeValue } from '../domain/time-range.js';
import { ErrorCode } from '../errors/error-code.js';
import { isGatewayError } from '../errors/gateway-error.js';
import type { DataflowHttpClient, UpstreamCaller } from './transport/http-client.js';
import { OperationDeadlineExceeded, OperationEnded } from './transport/operation-deadline.js';
import { failureFromOperationDeadline, failureFromOperationEnded } from './transport/upstream-failure.js';
import { requestDigest, requestIdentity, type UpstreamRequest } from './transport/upstream-request.js';

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
  /** Upstream answers used whole (fetched, joined or from the cache) that may be cached. */
  answers: number;
  /**
   * Until when (by the clock) every answer this operation used stays fresh: the earliest of their
   * fresh-until times. 0 once any answer could not be cached (a failure, a write, a TTL of 0);
   * Infinity while there has been no read. What a response built from them may be cached for.
   */
  freshUntil: number;
  /**
   * Whether an answer it used belongs to a group the caller's own writes change (report jobs):
   * then a browser must not reuse the response without asking, since a write could come first.
   */
  changeable: boolean;
}

export function newRequestStats(): RequestStats {
  return {
    upstreamCalls: 0,
    cacheHits: 0,
    coalesced: 0,
    stale: [],
    answers: 0,
    freshUntil: Number.POSITIVE_INFINITY,
    changeable: false,
  };
}

/** What every request shares: the transport, the store, reads in flight, the policy, the clock. */
export interface SourceDeps {
  readonly transport: DataflowHttpClient;
  readonly cache: SharedCache;
  readonly inFlight: SingleFlight;
  readonly policy: CachePolicy;
  readonly clock: Clock;
}

/** One GraphQL request's side of a datasource. */
export interface RequestScope {
  readonly caller: UpstreamCaller;
  readonly reads: RequestReads;
  /** The caller's cache scope; undefined without credentials, and then nothing is cached. */
  readonly cacheScope: string | undefined;
  readonly stats: RequestStats;
}

/**
 * What the shared cache holds: the value, when it stops being fresh, and until when it may still
 * stand in for a failed read. Both times are read against the injected clock, so no test sleeps.
 */
interface CacheEntry {
  readonly value: unknown;
  readonly freshUntil: number;
  readonly staleUntil: number;
}

interface PreparedRead {
  readonly identity: string;
  readonly fetch: () => Promise<unknown>;
}

/**
 * What one request has read, shared by all its datasources: a DataLoader keyed by each read's
 * identity (so one operation never makes the same request twice, and siblings' requests start
 * together) and the generations of the cache groups it has seen. A write clears both, whichever
 * datasource made it.
 */
export class RequestReads {
  readonly loader = new DataLoader<PreparedRead, unknown, string>(
    (reads) => Promise.all(reads.map((read) => read.fetch().catch((error: unknown) => asError(error)))),
    { cacheKeyFn: (read) => read.identity },
  );
  readonly generations = new Map<CacheGroup, Promise<string>>();
}

/** Failures of Dataflow itself, when an older answer is better than none. Never 4xx. */
const canServeStale = (error: unknown): boolean =>
  isGatewayError(error, ErrorCode.UPSTREAM_UNAVAILABLE) || isGatewayError(error, ErrorCode.UPSTREAM_ERROR);

/** Dataflow's 404: the one answer that means "no such resource". What it means to a caller is the datasource's to say. */
const isMissing = (error: unknown): boolean => isGatewayError(error, ErrorCode.NOT_FOUND);

/**
 * The base of the datasources, in the manner of Apollo's RESTDataSource: subclasses add domain
 * methods only, one per Dataflow function, each naming its request, decoder and cache class.
 * This class owns, for every function: de-duplication within the request (RequestReads), the
 * cache key and TTL, the shared cache behind it, identical reads in flight from other operations
 * of the same caller (joined, not repeated), stale-if-error, what a 404 means, the error a read
 * answers with, and invalidation after a write; protected hooks (ttlFor, cacheKeyFor, coalesces,
 * errorFor) let a function differ. HTTP and the mapping of its failures sit below, in transport/.
 * Instances live for one request; everything shared comes in through `deps`.
 */
export abstract class DataflowSource {
  constructor(
    protected readonly deps: SourceDeps,
    protected readonly scope: RequestScope,
  ) {}

  /** How long a read's answer stays fresh in the shared cache; 0 stores nothing. */
  protected ttlFor(spec: ReadSpec<unknown>): number {
    return this.deps.policy.ttlMs(spec.cacheClass);
  }

  /** The shared cache's key of a read, which is also its coalescing key: caller, function, request. */
  protected cacheKeyFor(
    spec: ReadSpec<unknown>,
    identity: string,
    cacheScope: string,
    generation: string | undefined,
  ): string {
    return entryKey(cacheScope, spec.request.operation, requestDigest(identity), generation);
  }

  /**
   * Whether identical reads in flight from other operations of the same caller join this one
   * (single-flight) instead of each calling Dataflow. Within one operation they always do.
   */
  protected coalesces(_spec: ReadSpec<unknown>): boolean {
    return true;
  }

  /**
   * The error a failed read answers with, after stale-if-error has had its chance. By default
   * the transport's (transport/upstream-failure.ts); a function may say more of its own.
   */
  protected errorFor(error: unknown, _spec: ReadSpec<unknown>): unknown {
    return error;
  }

  /** `live` for a range that reaches the present, `past` once it is well behind the clock. */
  protected rangeClass(range: TimeRangeValue): CacheClass {
    return this.deps.policy.classifyRange(range.end.epochMs, this.deps.clock.now());
  }

  protected async read<T>(spec: ReadSpec<T>): Promise<T> {
    // Once the operation's time is up, nothing new starts: not even a cache lookup.
    const { signal } = this.scope.caller;
    if (signal?.aborted) throw whyStopped(spec, signal.reason);
    const { loader } = this.scope.reads;
    if (spec.group) this.scope.stats.changeable = true;
    const identity = requestIdentity(spec.request);
    const read: PreparedRead = { identity, fetch: () => this.fetch(spec, identity) };
    try {
      return (await loader.load(read)) as T;
    } catch (error) {
      // Failures are not memoised: a later field asking again gets a fresh attempt.
      loader.clear(read);
      this.usedUncacheable();
      throw this.errorFor(error, spec);
    }
  }

  /** A single resource's read: a 404 says there is none. */
  protected async readOrNull<T>(spec: ReadSpec<T>): Promise<T | null> {
    try {
      return await this.read(spec);
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  /** A write, sent once; afterwards what it may have changed is invalidated for this caller. */
  protected async write(request: UpstreamRequest, invalidates: readonly CacheGroup[]): Promise<unknown> {
    this.usedUncacheable();
    try {
      return await this.deps.transport.send(request, this.scope.caller, { read: false });
    } finally {
      // Also after a failure: a write that timed out may still have happened upstream. Any
      // response cached for this caller may show what it changed (cache/response-cache.ts).
      await Promise.all([...invalidates, 'responses' as const].map((group) => this.invalidate(group)));
    }
  }

  /** A write to a single resource: false when Dataflow has no such resource (404). */
  protected async writeIfPresent(request: UpstreamRequest, invalidates: readonly CacheGroup[]): Promise<boolean> {
    try {
      await this.write(request, invalidates);
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  private async fetch(spec: ReadSpec<unknown>, identity: string): Promise<unknown> {
    const { cache, inFlight, clock, policy } = this.deps;
    const { cacheScope, stats, caller } = this.scope;
    // Without credentials the client refuses before any call; there is no scope to key on.
    if (cacheScope === undefined) {
      this.usedUncacheable();
      return this.fromUpstream(spec, caller.signal);
    }
    const ttlMs = this.ttlFor(spec);
    // Before any wait: whatever this read returns, fetched or joined, is stored no earlier.
    const freshFrom = clock.now();
    // Also without caching: the key is the coalescing key too, and a read-back after a write
    // must not join a read of the same thing that started before it.
    const generation = spec.group ? await this.generation(cacheScope, spec.group) : undefined;
    const key = this.cacheKeyFor(spec, identity, cacheScope, generation);

    const found = ttlMs > 0 ? await cache.get<CacheEntry>(key) : undefined;
    const entry = found && found.staleUntil > clock.now() ? found : undefined;
    if (entry && entry.freshUntil > clock.now()) {
      stats.cacheHits += 1;
      this.usedFreshUntil(entry.freshUntil);
      return entry.value;
    }
    try {
      // Only successes are stored, by the one who fetched them; joiners wait for neither.
      const store =
        ttlMs > 0
          ? (value: unknown) => {
              const freshUntil = clock.now() + ttlMs;
              return cache.set(
                key,
                { value, freshUntil, staleUntil: freshUntil + policy.staleIfErrorMs } satisfies CacheEntry,
                ttlMs + policy.staleIfErrorMs,
              );
            }
          : undefined;
      let value: unknown;
      if (this.coalesces(spec)) {
        const { promise, shared } = inFlight.run(key, (flightSignal) => this.fromUpstream(spec, flightSignal), {
          signal: caller.signal,
          linger: store,
        });
        if (shared) stats.coalesced += 1;
        value = await promise;
      } else {
        value = await this.fromUpstream(spec, caller.signal);
        await store?.(value);
      }
      this.usedFreshUntil(ttlMs > 0 ? freshFrom + ttlMs : 0);
      return value;
    } catch (thrown) {
      // This operation stopped waiting for a read that others may still share.
      const error = whyStopped(spec, thrown);
      if (!entry || !canServeStale(error)) throw error;
      const ageSeconds = Math.round((clock.now() - entry.freshUntil + ttlMs) / 1000);
      stats.stale.push({ operation: spec.request.operation, ageSeconds, reason: (error as Error).message });
      this.usedUncacheable();
      return entry.value;
    }
  }

  /** An answer this operation used is fresh until then (see RequestStats.freshUntil). */
  private usedFreshUntil(freshUntil: number): void {
    const { stats } = this.scope;
    stats.answers += 1;
    stats.freshUntil = Math.min(stats.freshUntil, freshUntil);
  }

  private usedUncacheable(): void {
    this.scope.stats.freshUntil = 0;
  }

  private async fromUpstream(spec: ReadSpec<unknown>, signal: AbortSignal | undefined): Promise<unknown> {
    const json = await this.deps.transport.send(spec.request, this.scope.caller, { read: true, signal });
    return spec.decode(json);
  }

  private generation(cacheScope: string, group: CacheGroup): Promise<string> {
    const { generations } = this.scope.reads;
    let generation = generations.get(group);
    if (!generation) {
      generation = this.deps.cache.generation(cacheScope, group);
      generations.set(group, generation);
    }
    return generation;
  }

  /** After a write: forget what this request read, here and (of the group) in the shared cache. */
  private async invalidate(group: CacheGroup): Promise<void> {
    this.scope.reads.loader.clearAll();
    this.scope.reads.generations.delete(group);
    if (this.scope.cacheScope !== undefined) await this.deps.cache.invalidate(this.scope.cacheScope, group);
  }
}

/**
 * Why the operation stopped waiting, as the field's error; anything else as it is. (Circuits
 * never see these: they end a wait, not an upstream call.)
 */
function whyStopped(spec: ReadSpec<unknown>, error: unknown): unknown {
  if (error instanceof OperationDeadlineExceeded)
    return failureFromOperationDeadline(spec.request.operation, error.deadlineMs, false);
  if (error instanceof OperationEnded) return failureFromOperationEnded(spec.request.operation);
  return error;
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
