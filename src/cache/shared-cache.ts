import { randomBytes } from 'node:crypto';
import type { Logger } from '../logging/logger.js';
import { type CacheGroup, generationKey } from './keys.js';

/**
 * The cache shared by every request (and, with Redis, every gateway instance). Values are kept
 * serialised: JSON text for data, the text itself for whole responses. A cache that fails is a
 * cache that misses: errors are logged, never thrown to a request.
 */
export interface SharedCache {
  /** A value stored with `set`, parsed afresh for each reader (nothing cached is shared by two). */
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown, ttlMs: number): Promise<void>;
  /** Text stored as it is, for what is already serialised (a whole response). */
  getText(key: string): Promise<string | undefined>;
  setText(key: string, text: string, ttlMs: number): Promise<void>;
  /** The current generation of a caller's group; entries keyed with an older one are unreachable. */
  generation(scope: string, group: CacheGroup): Promise<string>;
  /** The current generation if there is one, without starting one (undefined then). */
  existingGeneration(scope: string, group: CacheGroup): Promise<string | undefined>;
  /** Invalidates every entry of a caller's group at once, on every instance. */
  invalidate(scope: string, group: CacheGroup): Promise<void>;
  close(): Promise<void>;
}

/** Where the shared cache keeps its entries: memory-store.ts or redis-store.ts. */
export interface CacheStore {
  get(key: string): Promise<string | undefined>;
  /** Keeps the entry `ttlMs`, by the store's clock. */
  set(key: string, text: string, ttlMs: number): Promise<void>;
  /** True for a store in this process's memory: it cannot stall, so no call needs a timeout. */
  readonly local?: boolean;
  /** Failures the store notices on its own (a lost connection). */
  onError?(listener: (error: unknown) => void): void;
  close(): Promise<void>;
}

const newGeneration = (): string => randomBytes(6).toString('base64url');

/** While a store is down every call fails; one warning per interval is enough. */
const WARN_INTERVAL_MS = 10_000;

class CacheTimeout extends Error {}

/**
 * A store that accepts a command and never answers (a stalled Redis) must not hold requests:
 * past `ms` the operation counts as failed (a miss) and the request goes on without it.
 */
function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CacheTimeout(`cache store did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** The shared cache over a store, where every failure of the store is a miss and a warning. */
export class StoreSharedCache implements SharedCache {
  private lastWarning = 0;
  /** Callers whose invalidation failed, until when their cached entries may still be read. */
  private readonly doubted = new Map<string, number>();

  constructor(
    private readonly store: CacheStore,
    private readonly logger: Logger,
    private readonly generationTtlMs: number,
    /** Longest wait for one cache operation; a store that answers in memory never comes near. */
    private readonly operationTimeoutMs = 250,
  ) {
    store.onError?.((error: unknown) => this.warn(error, 'cache store error; reads miss until it recovers'));
  }

  async get<T>(key: string): Promise<T | undefined> {
    const text = await this.getText(key);
    if (text === undefined) return undefined;
    try {
      return JSON.parse(text) as T;
    } catch (error) {
      // Only a foreign writer to a shared Redis could leave this; a miss all the same.
      this.warn(error, 'cache entry is not JSON; treating as a miss');
      return undefined;
    }
  }

  async set(key: string, value: unknown, ttlMs: number): Promise<void> {
    if (ttlMs > 0) await this.setText(key, JSON.stringify(value), ttlMs);
  }

  getText(key: string): Promise<string | undefined> {
    // In memory: no timeout, no async frames; this runs for every cached response.
    if (this.store.local) return this.store.get(key);
    return this.bounded(this.store.get(key)).catch((error: unknown) => {
      this.warn(error, 'cache read failed; treating as a miss');
      return undefined;
    });
  }

  async setText(key: string, text: string, ttlMs: number): Promise<void> {
    if (ttlMs <= 0) return;
    try {
      await this.bounded(this.store.set(key, text, ttlMs));
    } catch (error) {
      this.warn(error, 'cache write failed');
    }
  }

  generation(scope: string, group: CacheGroup): Promise<string> {
    // A generation nothing was stored under: every read of a doubted caller misses.
    if (this.isDoubted(scope)) return Promise.resolve(newGeneration());
    const key = generationKey(scope, group);
    return this.getText(key).then(async (current) => {
      if (current !== undefined) return current;
      // A missing marker (never set, expired or evicted) must not revive old entries: start a new one.
      const fresh = newGeneration();
      await this.setText(key, fresh, this.generationTtlMs);
      return fresh;
    });
  }

  existingGeneration(scope: string, group: CacheGroup): Promise<string | undefined> {
    if (this.isDoubted(scope)) return Promise.resolve(undefined);
    return this.getText(generationKey(scope, group));
  }

  async invalidate(scope: string, group: CacheGroup): Promise<void> {
    try {
      await this.bounded(this.store.set(generationKey(scope, group), newGeneration(), this.generationTtlMs));
    } catch (error) {
      // The write happened and its marker did not move: what this caller has cached may show
      // the past. This instance, at least, stops trusting it until every entry has expired.
      this.doubted.set(scope, Date.now() + this.generationTtlMs);
      this.logger.error(
        { err: error, group },
        'cache invalidation failed after a write; this instance will not answer the caller from the cache until its entries expire',
      );
    }
  }

  private isDoubted(scope: string): boolean {
    if (this.doubted.size === 0) return false;
    const until = this.doubted.get(scope);
    if (until === undefined) return false;
    if (until > Date.now()) return true;
    this.doubted.delete(scope);
    return false;
  }

  private bounded<T>(work: Promise<T>): Promise<T> {
    return this.store.local ? work : withTimeout(work, this.operationTimeoutMs);
  }

  private warn(error: unknown, message: string): void {
    const now = Date.now();
    if (now - this.lastWarning < WARN_INTERVAL_MS) return;
    this.lastWarning = now;
    this.logger.warn({ err: error }, message);
  }

  async close(): Promise<void> {
    try {
      await this.store.close();
    } catch (error) {
      this.logger.warn({ err: error }, 'cache store did not close cleanly');
    }
  }
}
