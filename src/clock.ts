/**
 * Where the gateway reads the time: cache freshness and stale windows, ranges that still reach
 * the present, the demo query's dates. Injected, so tests move it instead of sleeping.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** Whole seconds from `now` until `until` (both by a Clock), never below 0: what max-age says. */
export function wholeSecondsUntil(until: number, now: number): number {
  return Math.max(0, Math.floor((until - now) / 1000));
}
