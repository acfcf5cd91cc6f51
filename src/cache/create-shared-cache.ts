import type { GatewayConfig } from '../config/config.js';
import type { Logger } from '../logging/logger.js';
import { KeyvSharedCache, type SharedCache } from './shared-cache.js';
import { createMemoryKeyv, createRedisKeyv } from './stores.js';
import { TtlPolicy } from './ttl-policy.js';

/** Redis when REDIS_URL is set, else a bounded in-memory LRU. */
export async function createSharedCache(config: GatewayConfig, logger: Logger): Promise<SharedCache> {
  // A generation marker must outlive every entry it guards, stale-if-error window included.
  const generationTtlMs = new TtlPolicy(config.cacheTtl, true).longestMs + config.staleIfErrorMs;
  if (!config.redisUrl) {
    const keyv = createMemoryKeyv({ maxEntries: config.cacheMaxEntries, maxBytes: config.cacheMaxBytes });
    return new KeyvSharedCache(keyv, logger, generationTtlMs);
  }
  const { keyv, connected, close } = createRedisKeyv(config.redisUrl);
  const cache = new KeyvSharedCache(keyv, logger, generationTtlMs, close);
  if (await connected) logger.info('cache: connected to Redis');
  else logger.warn('cache: Redis did not answer; serving uncached until it does');
  return cache;
}
