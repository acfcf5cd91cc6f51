import KeyvRedis, { createClient } from '@keyv/redis';
import Keyv from 'keyv';
import type { CacheStore } from './shared-cache.js';

const NAMESPACE = 'dfgw';

/** keyv wraps each text in an envelope of its own (value and expiry); native JSON is its fastest codec. */
const codec = { serialize: JSON.stringify, deserialize: JSON.parse };

export interface RedisStore {
  readonly store: CacheStore;
  /** Resolves true once connected, false if Redis did not answer in time (it keeps retrying). */
  readonly connected: Promise<boolean>;
}

/**
 * Redis for sharing between instances, through keyv. The gateway connects the client itself,
 * once, so that while Redis is down the client is "reconnecting" rather than closed, and with
 * the offline queue off every cache call fails at once (a miss) instead of waiting for a
 * connection. Entries expire by Redis's own clock.
 */
export function createRedisStore(url: string, connectWaitMs = 2000): RedisStore {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 2000,
      reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 5000),
    },
  });
  const keyv = new Keyv({
    store: new KeyvRedis(client, { namespace: NAMESPACE, throwOnConnectError: false }),
    namespace: NAMESPACE,
    useKeyPrefix: false,
    ...codec,
  });
  const connected = Promise.race([
    client.connect().then(
      () => true,
      () => false,
    ),
    new Promise<boolean>((resolve) => setTimeout(resolve, connectWaitMs, false).unref()),
  ]);
  const store: CacheStore = {
    get: (key) => keyv.get<string>(key),
    set: async (key, value, ttlMs) => {
      // keyv reports a failed write as `false` (and an 'error' event), not as an exception.
      if (!(await keyv.set(key, value, ttlMs))) throw new Error('Redis did not store the entry');
    },
    onError: (listener) => keyv.on('error', listener),
    // Cleanly if Redis answers soon, else by dropping the connection (no more retries).
    close: async () => {
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
    },
  };
  return { store, connected };
}
