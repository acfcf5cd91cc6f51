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

/** Every rule of the shared cache's timing, in one place. */
export class CachePolicy {
  constructor(
    private readonly ttls: CacheTtls,
    /** CACHE_ENABLED: false stores nothing (in-request de-duplication stays). */
    private readonly enabled: boolean,
    /** How long past its TTL an answer may still stand in when Dataflow fails. */
    readonly staleIfErrorMs: number,
  ) {}

  /** Milliseconds an answer of this class is fresh; 0 means do not store. */
  ttlMs(cacheClass: CacheClass): number {
    if (!this.enabled) return 0;
    switch (cacheClass) {
      case 'live':
        return this.ttls.liveMs;
      case 'past':
        return this.ttls.pastMs;
      case 'reports':
        return this.ttls.reportsMs;
      case 'directory':
        return this.ttls.directoryMs;
    }
  }

  /** A range's class: past once its end is well behind `nowMs`. */
  classifyRange(endEpochMs: number, nowMs: number): CacheClass {
    return endEpochMs <= nowMs - SETTLE_MS ? 'past' : 'live';
  }

  /**
   * How long a group's generation marker is kept: longer than every entry it guards, stale
   * window included, or expired entries could come back to life.
   */
  get generationTtlMs(): number {
    return (
      Math.max(this.ttls.liveMs, this.ttls.pastMs, this.ttls.reportsMs, this.ttls.directoryMs) + this.staleIfErrorMs
    );
  }
}
