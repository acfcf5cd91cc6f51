import { createLogger } from '../../src/logging/logger.js';
import { CACHE_SCHEMA_VERSION, callerScope, entryKey } from '../../src/cache/keys.js';
import { MemoryStore } from '../../src/cache/memory-store.js';
import { StoreSharedCache } from '../../src/cache/shared-cache.js';

const silent = createLogger('silent');

describe('the in-memory store is bounded', () => {
  it('keeps at most maxEntries, evicting the least recently used', async () => {
    const cache = new StoreSharedCache(
      new MemoryStore({ maxEntries: 100, maxBytes: 10 * 1024 * 1024 }),
      silent,
      60_000,
    );
    for (let index = 0; index < 1000; index += 1) await cache.set(`k${index}`, { index }, 60_000);
    expect(await cache.get('k0')).toBeUndefined();
    expect(await cache.get('k999')).toEqual({ index: 999 });
    let kept = 0;
    for (let index = 0; index < 1000; index += 1) if ((await cache.get(`k${index}`)) !== undefined) kept += 1;
    expect(kept).toBe(100);
  });

  it('keeps at most maxBytes of serialised values', async () => {
    const store = new MemoryStore({ maxEntries: 1_000_000, maxBytes: 64 * 1024 });
    const cache = new StoreSharedCache(store, silent, 60_000);
    const value = { text: 'x'.repeat(1000) };
    for (let index = 0; index < 1000; index += 1) await cache.set(`k${index}`, value, 60_000);
    expect(store.usage.bytes).toBeLessThanOrEqual(64 * 1024);
    // Each entry is over 1000 bytes of text, so the bound holds fewer than 64 of them.
    expect(store.usage.entries).toBeLessThan(64);
  });

  it('keeps no entry larger than an eighth of the byte bound, so one cannot push out the rest', async () => {
    const store = new MemoryStore({ maxEntries: 1000, maxBytes: 80 * 1024 });
    const cache = new StoreSharedCache(store, silent, 60_000);
    for (let index = 0; index < 50; index += 1) await cache.setText(`small${index}`, 'x'.repeat(1000), 60_000);
    await cache.setText('huge', 'x'.repeat(11 * 1024), 60_000);
    expect(await cache.getText('huge')).toBeUndefined();
    expect(store.usage.entries).toBe(50);
    await cache.setText('large', 'x'.repeat(9 * 1024), 60_000);
    expect(await cache.getText('large')).toBeDefined();
  });

  it("expires entries after their TTL, by the gateway's clock", async () => {
    let now = 1_000_000;
    const cache = new StoreSharedCache(
      new MemoryStore({ maxEntries: 10, maxBytes: 1024 * 1024 }, { now: () => now }),
      silent,
      60_000,
    );
    await cache.set('short', 1, 20);
    now += 20;
    expect(await cache.get('short')).toBe(1);
    now += 1;
    expect(await cache.get('short')).toBeUndefined();
  });
});

describe('generations', () => {
  it('change on invalidate, per caller and group', async () => {
    const cache = new StoreSharedCache(new MemoryStore({ maxEntries: 100, maxBytes: 1024 * 1024 }), silent, 60_000);
    const first = await cache.generation('alice', 'reportJobs');
    expect(await cache.generation('alice', 'reportJobs')).toBe(first);
    const bob = await cache.generation('bob', 'reportJobs');
    await cache.invalidate('alice', 'reportJobs');
    expect(await cache.generation('alice', 'reportJobs')).not.toBe(first);
    expect(await cache.generation('bob', 'reportJobs')).toBe(bob);
  });
});

describe('an invalidation the store loses', () => {
  it('is logged, and this instance answers the caller from nothing it cached before', async () => {
    const memory = new MemoryStore({ maxEntries: 100, maxBytes: 1024 * 1024 });
    let refuseWrites = false;
    const failing = {
      get: (key: string) => memory.get(key),
      set: (key: string, text: string, ttlMs: number) =>
        refuseWrites ? Promise.reject(new Error('Redis did not store the entry')) : memory.set(key, text, ttlMs),
      close: () => memory.close(),
    };
    const lines: Array<{ level: number; msg: string }> = [];
    const logger = createLogger('info', { write: (line: string) => lines.push(JSON.parse(line)) });
    const cache = new StoreSharedCache(failing, logger, 60_000);
    const before = await cache.generation('alice', 'responses');
    const bob = await cache.generation('bob', 'responses');
    refuseWrites = true;
    await cache.invalidate('alice', 'responses');
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 50, msg: expect.stringMatching(/invalidation failed/) }),
    );
    // Nothing stored under the old generation is reachable here, nor under any new one.
    const after = await cache.generation('alice', 'responses');
    expect(after).not.toBe(before);
    expect(await cache.generation('alice', 'responses')).not.toBe(after);
    // Other callers keep their cache.
    expect(await cache.generation('bob', 'responses')).toBe(bob);
  });
});

describe('keys', () => {
  it('hold a digest of the Authorization header, never the token', () => {
    const scope = callerScope('Bearer secret-token-123');
    const key = entryKey(scope, 'queueSummary', 'digest');
    expect(key).not.toContain('secret-token-123');
    expect(key.startsWith(`${CACHE_SCHEMA_VERSION}:`)).toBe(true);
    expect(scope).toHaveLength(43);
    expect(callerScope('Bearer secret-token-124')).not.toBe(scope);
  });
});
