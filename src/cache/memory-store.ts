import { LRUCache } from 'lru-cache';
import { type Clock, systemClock } from '../clock.js';
import type { CacheStore } from './shared-cache.js';

export interface MemoryStoreLimits {
  readonly maxEntries: number;
  readonly maxBytes: number;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}

/**
 * The default store: an LRU bounded both by entry count and by the bytes of serialised values,
 * so 100 000 distinct keys cannot grow the process without limit, whose entries expire by the
 * gateway's clock alone (a test's clock moves it too). Values are kept as objects, so a hit
 * parses nothing; they are shared by every later request, so they are frozen on the way in: code
 * that mutated one would throw, not corrupt the cache. The size is computed once, on store.
 */
export class MemoryStore implements CacheStore {
  private readonly lru: LRUCache<string, { readonly value: unknown }>;

  constructor(limits: MemoryStoreLimits, clock: Clock = systemClock) {
    this.lru = new LRUCache<string, { readonly value: unknown }>({
      max: limits.maxEntries,
      maxSize: limits.maxBytes,
      // The serialised length in UTF-16 code units: close to what V8 holds for key and value.
      sizeCalculation: (value, key) => Math.max(1, (JSON.stringify(value).length + key.length) * 2),
      // Read afresh each time: lru-cache otherwise reuses one reading of the clock for a millisecond.
      perf: clock,
      ttlResolution: 0,
    });
  }

  async get(key: string): Promise<unknown> {
    return this.lru.get(key)?.value;
  }

  async set(key: string, value: unknown, ttlMs: number): Promise<void> {
    // Scalars (a generation marker) are boxed: the LRU holds objects.
    this.lru.set(key, deepFreeze({ value }), { ttl: ttlMs });
  }

  async close(): Promise<void> {
    this.lru.clear();
  }

  /** Entries held, and their computed size in bytes. */
  get usage(): { readonly entries: number; readonly bytes: number } {
    return { entries: this.lru.size, bytes: this.lru.calculatedSize };
  }
}
