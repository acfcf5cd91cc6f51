import { Writable } from 'node:stream';
import { CachePolicy } from '../../src/cache/cache-policy.js';
import type { CacheGroup } from '../../src/cache/keys.js';
import type { SharedCache } from '../../src/cache/shared-cache.js';
import { SingleFlight } from '../../src/cache/single-flight.js';
import type { Clock } from '../../src/clock.js';
import {
  type DataflowSource,
  newRequestStats,
  RequestReads,
  type RequestScope,
  type RequestStats,
  type SourceDeps,
} from '../../src/datasources/dataflow-source.js';
import type { DataflowHttpClient, SendOptions } from '../../src/datasources/transport/http-client.js';
import type { UpstreamRequest } from '../../src/datasources/transport/upstream-request.js';
import { createLogger } from '../../src/logging/logger.js';

export const quiet = createLogger('silent', new Writable({ write: (_chunk, _encoding, done) => done() }));

/** One upstream call the fake Dataflow received, answered (or failed) when the test says. */
export interface HeldCall {
  readonly request: UpstreamRequest;
  readonly signal?: AbortSignal;
  answer(json: unknown): void;
  fail(error: unknown): void;
}

/** A Dataflow that answers only when told. */
export function heldUpstream() {
  const calls: HeldCall[] = [];
  const transport = {
    send: (request: UpstreamRequest, _caller: unknown, options: SendOptions) =>
      new Promise((resolve, reject) => calls.push({ request, signal: options.signal, answer: resolve, fail: reject })),
  } as unknown as DataflowHttpClient;
  return { transport, calls };
}

/** A shared cache that never forgets on its own: only the datasource's rules decide what is fresh or stale. */
export function foreverCache(): SharedCache {
  const entries = new Map<string, unknown>();
  let generation = 0;
  return {
    get: async <T>(key: string) => entries.get(key) as T | undefined,
    set: async (key, value) => {
      entries.set(key, value);
    },
    getText: async (key: string) => entries.get(key) as string | undefined,
    setText: async (key, text) => {
      entries.set(key, text);
    },
    generation: async (scope: string, group: CacheGroup) => {
      const key = `${scope}:${group}`;
      if (!entries.has(key)) entries.set(key, String((generation += 1)));
      return entries.get(key) as string;
    },
    existingGeneration: async (scope: string, group: CacheGroup) =>
      entries.get(`${scope}:${group}`) as string | undefined,
    invalidate: async (scope: string, group: CacheGroup) => {
      entries.set(`${scope}:${group}`, String((generation += 1)));
    },
    close: async () => undefined,
  };
}

export interface KitOptions {
  readonly transport: DataflowHttpClient;
  readonly clock?: Clock;
  readonly cache?: SharedCache;
  /** TTL of every class; 0 stores nothing. */
  readonly ttlMs?: number;
  readonly staleIfErrorMs?: number;
  readonly signal?: AbortSignal;
}

/** What every request shares, for datasources under test. */
export function sourceDeps(options: KitOptions): SourceDeps {
  const ttl = options.ttlMs ?? 0;
  return {
    transport: options.transport,
    cache: options.cache ?? foreverCache(),
    inFlight: new SingleFlight(),
    policy: new CachePolicy(
      { liveMs: ttl, pastMs: ttl, reportsMs: ttl, directoryMs: ttl },
      ttl > 0,
      options.staleIfErrorMs ?? 0,
    ),
    clock: options.clock ?? { now: () => Date.now() },
  };
}

/** One request's side: the caller (with the operation's signal, if any), its reads and counters. */
export function requestScope(signal?: AbortSignal): RequestScope & { readonly stats: RequestStats } {
  return {
    caller: { authorization: 'Bearer t', requestId: 'r', logger: quiet, signal },
    reads: new RequestReads(),
    cacheScope: 'scope',
    stats: newRequestStats(),
  };
}

export type SourceClass<S extends DataflowSource> = new (deps: SourceDeps, scope: RequestScope) => S;
