import type { CacheTtls } from '../config/config.js';

/**
 * How long an upstream answer may be served from the cache depends on what it is:
 * - `live`: a range that reaches the present (or "current" KPIs) still changes;
 * - `past`: a range wholly in the past changes rarely;
 * - `reports`: report jobs and execution logs (mutations also invalidate them);
 * - `directory`: the PBX's queue directory.
 */
export type CacheClass = 'live' | 'past' | 'reports' | 'directory';

/**
 * Calls are logged some time after they end, so a range counts as past only once its end is
 * this far behind the clock.
 */
const SETTLE_MS = 5 * 60_000;

export function classifyRange(endEpochMs: number, nowMs: number): CacheClass {
  return endEpochMs <= nowMs - SETTLE_MS ? 'past' : 'live';
}

export class TtlPolicy {
  constructor(private readonly ttls: CacheTtls, private readonly enabled: boolean) {}

  /** Milliseconds to keep an answer of this class; 0 means do not store. */
  ttlMs(cacheClass: CacheClass): number {
    if (!this.enabled) return 0;
    switch (cacheClass) {
      case 'live': return this.ttls.liveMs;
      case 'past': return this.ttls.pastMs;
      case 'reports': return this.ttls.reportsMs;
      case 'directory': return this.ttls.directoryMs;
    }
  }

  /** The longest TTL of any class (generation markers are kept at least this long). */
  get longestMs(): number {
    return Math.max(this.ttls.liveMs, this.ttls.pastMs, this.ttls.reportsMs, this.ttls.directoryMs);
  }
}
