import Keyv from 'keyv';
import KeyvRedis, { createClient } from '@keyv/redis';
import { LRUCache } from 'lru-cache';
import { type Clock, systemClock } from '../clock.js';

/** Values are plain JSON (see domain/models.ts), so native JSON is the fastest faithful codec. */
const codec = { serialize: JSON.stringify, deserialize: JSON.parse };

/**
 * In memory, values are kept as objects: no parse on every hit. They are shared by every later
 * request, so they are frozen on the way in: code that mutated one would throw, not corrupt the
 * cache. The size bound is computed once, on store.
 */
const inProcess = { serialize: undefined, deserialize: undefined };

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}
const NAMESPACE = 'dfgw';

export interface MemoryStoreLimits {
  readonly maxEntries: number;
  readonly maxBytes: number;
}

/**
 * keyv hands a Map-like store the TTL as a bare third argument; lru-cache takes an options
 * object. This adapter translates, so the LRU also drops entries when they expire.
 */
export class LruStore {
  constructor(private readonly lru: LRUCache<string, object>) {}

  get(key: string): object | undefined {
    return this.lru.get(key);
  }

  set(key: string, value: object, ttl?: number): boolean {
    this.lru.set(key, deepFreeze(value), ttl ? { ttl } : undefined);
    return true;
  }

  delete(key: string): boolean {
    return this.lru.delete(key);
  }

  clear(): void {
    this.lru.clear();
  }

  has(key: string): boolean {
    return this.lru.has(key);
  }

  get size(): number {
    return this.lru.size;
  }

  get calculatedSize(): number {
    return this.lru.calculatedSize;
  }
}

/**
 * The default store: an LRU bounded both by entry count and by the bytes of serialised values,
 * so 100 000 distinct keys cannot grow the process without limit.
 */
export function createMemoryKeyv(limits: MemoryStoreLimits, clock: Clock = systemClock): Keyv {
  const lru = new LRUCache<string, object>({
    // Expiry by the gateway's clock, read afresh each time (lru-cache otherwise reuses one reading
    // for a millisecond), so a test's clock moves the store's too.
    perf: clock,
    ttlResolution: 0,
    max: limits.maxEntries,
    maxSize: limits.maxBytes,
    // The serialised length in UTF-16 code units: close to what V8 holds for key and value.
    sizeCalculation: (value, key) => Math.max(1, (JSON.stringify(value).length + key.length) * 2),
  });
  return new Keyv({ store: new LruStore(lru), namespace: NAMESPACE, ...inProcess });
}

export interface RedisKeyv {
  readonly keyv: Keyv;
  /** Resolves true once connected, false if Redis did not answer in time (it keeps retrying). */
  readonly connected: Promise<boolean>;
  /** Closes the connection: cleanly if Redis answers soon, else by dropping it (no more retries). */
  readonly close: () => Promise<void>;
}

/**
 * Redis for sharing between instances. The gateway connects the client itself, once, so that
 * while Redis is down the client is "reconnecting" rather than closed, and with the offline
 * queue off every cache call fails at once (a miss) instead of waiting for a connection.
 */
export function createRedisKeyv(url: string, connectWaitMs = 2000): RedisKeyv {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 2000,
      reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 5000),
    },
  });
  const store = new KeyvRedis(client, { namespace: NAMESPACE, throwOnConnectError: false });
  const keyv = new Keyv({ store, namespace: NAMESPACE, useKeyPrefix: false, ...codec });
  const connected = Promise.race([
    client.connect().then(
      () => true,
      () => false,
    ),
    new Promise<boolean>((resolve) => setTimeout(resolve, connectWaitMs, false).unref()),
  ]);
  const close = async () => {
    const closed = client.isReady
      ? client.close().then(
          () => true,
          () => false,
        )
      : Promise.resolve(false);
    const inTime = await Promise.race([
      closed,
      new Promise<boolean>((resolve) => setTimeout(resolve, 1000, false).unref()),
    ]);
    if (!inTime && client.isOpen) client.destroy();
  };
  return { keyv, connected, close };
}
