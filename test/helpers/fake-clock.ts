import { FIXED_NOW } from './harness.js';

/** A clock a test moves by hand: TTLs and stale windows pass without sleeping. */
export function fakeClock(start = FIXED_NOW) {
  let now = start;
  return {
    now: () => now,
    advance(ms: number): void {
      now += ms;
    },
  };
}
