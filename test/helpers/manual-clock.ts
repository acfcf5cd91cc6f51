import { FIXED_NOW } from './harness.js';

/** A clock that moves only when told: TTLs and stale windows are tested on it without sleeping. */
export interface ManualClock {
  readonly now: () => number;
  advance(ms: number): void;
}

export function manualClock(start = FIXED_NOW): ManualClock {
  let current = start;
  return {
    now: () => current,
    advance: (ms) => {
      current += ms;
    },
  };
}
