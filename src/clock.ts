/**
 * Where the gateway reads the time: cache freshness and stale windows, ranges that still reach
 * the present, the demo query's dates. Injected, so tests move it instead of sleeping.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };
