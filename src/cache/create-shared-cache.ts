import type { Clock } from '../clock.js';
import type { GatewayConfig } from '../config/config.js';
import type { Logger } from '../logging/logger.js';
import type { CachePolicy } from './cache-policy.js';
import { KeyvSharedCache, type SharedCache } from './shared-cache.js';
import { createMemoryKeyv, createRedisKeyv } from './stores.js';

/** Redis when REDIS_URL is set, else a bounded in-memory LRU that expires entries by `clock`. */
export async function createSharedCache(
  config: GatewayConfig,
  policy: CachePolicy,
  clock: Clock,
  logger: Logger,
): Promise<SharedCache> {
  if (!config.redisUrl) {
    const keyv = createMemoryKeyv({ maxEntries: config.cacheMaxEntries, maxBytes: config.cacheMaxBytes }, clock);
    return new KeyvSharedCache(keyv, logger, policy.generationTtlMs);
  }
  const { keyv, connected, close } = createRedisKeyv(config.redisUrl);
  const cache = new KeyvSharedCache(keyv, logger, policy.generationTtlMs, close);
  if (await connected) logger.info('cache: connected to Redis');
  else logger.warn('cache: Redis did not answer; serving uncached until it does');
  return cache;
}
