import type { Clock } from '../clock.js';
import type { GatewayConfig } from '../config/config.js';
import type { Logger } from '../logging/logger.js';
import type { CachePolicy } from './cache-policy.js';
import { MemoryStore } from './memory-store.js';
import { type SharedCache, StoreSharedCache } from './shared-cache.js';

/** Redis when REDIS_URL is set, else a bounded in-memory LRU that expires entries by `clock`. */
export async function createSharedCache(
  config: GatewayConfig,
  policy: CachePolicy,
  clock: Clock,
  logger: Logger,
): Promise<SharedCache> {
  if (!config.redisUrl) {
    const store = new MemoryStore({ maxEntries: config.cacheMaxEntries, maxBytes: config.cacheMaxBytes }, clock);
    return new StoreSharedCache(store, logger, policy.generationTtlMs);
  }
  // Loaded only when used: the Redis client costs ~15 MB of memory at start.
  const { createRedisStore } = await import('./redis-store.js');
  const { store, connected } = createRedisStore(config.redisUrl);
  const cache = new StoreSharedCache(store, logger, policy.generationTtlMs);
  if (await connected) logger.info('cache: connected to Redis');
  else logger.warn('cache: Redis did not answer; serving uncached until it does');
  return cache;
}
