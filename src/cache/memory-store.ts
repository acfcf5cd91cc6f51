import { LRUCache } from 'lru-cache';
import { type Clock, systemClock } from '../clock.js';
import type { CacheStore } from './shared-cache.js';

export interface MemoryStoreLimits {
  readonly maxEntries: number;
  readonly maxBytes: number;
}

/**
 * What an entry costs beyond its text: the key's and the value's string headers, the LRU's map
 * entry and slots. Measured on Node 20 with the benchmark's entries: the heap grew ~550 bytes an
 * entry, where this estimate counts ~610, so the byte bound is an upper bound of the heap held.
 */
const ENTRY_OVERHEAD_BYTES = 200;

/** The largest entry kept is this fraction of the byte bound (2 MB of the default 16). */
const MAX_ENTRY_SHARE = 8;

/**
 * The default store: an LRU of serialised text, bounded both by entry count and by bytes, whose
 * entries expire by the gateway's clock alone (a test's clock moves it too). Text is what an
 * entry costs least as (a JSON string is one V8 string, where the object graph it came from was
 * dozens of objects and ~5 KB), and a reader parses its own copy, so nothing cached is shared.
 */
export class MemoryStore implements CacheStore {
  readonly local = true;
  private readonly lru: LRUCache<string, string>;

  constructor(limits: MemoryStoreLimits, clock: Clock = systemClock) {
    this.lru = new LRUCache<string, string>({
      max: limits.maxEntries,
      maxSize: limits.maxBytes,
      // UTF-8 bytes: what V8 holds for ASCII text (the usual JSON), an upper bound for the rest.
      sizeCalculation: (text, key) => Buffer.byteLength(text) + key.length + ENTRY_OVERHEAD_BYTES,
      // One outsized entry (a huge page of history, kept whole) must not push out everyone else's.
      maxEntrySize: Math.max(1, Math.floor(limits.maxBytes / MAX_ENTRY_SHARE)),
      // Read afresh each time: lru-cache otherwise reuses one reading of the clock for a millisecond.
      perf: clock,
      ttlResolution: 0,
    });
  }

  async get(key: string): Promise<string | undefined> {
    return this.lru.get(key);
  }

  async set(key: string, text: string, ttlMs: number): Promise<void> {
    this.lru.set(key, text, { ttl: ttlMs });
  }

  async close(): Promise<void> {
    this.lru.clear();
  }

  /** Entries held, and their computed size in bytes. */
  get usage(): { readonly entries: number; readonly bytes: number } {
    return { entries: this.lru.size, bytes: this.lru.calculatedSize };
  }
}
