/** Percentile of a sample by nearest rank; NaN for an empty sample. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const median = (values: readonly number[]): number => percentile(values, 50);

export async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** Runs `work` `times` times in a row and returns each duration in ms. */
export async function sampleLatency(times: number, work: () => Promise<unknown>): Promise<number[]> {
  const durations: number[] = [];
  for (let index = 0; index < times; index += 1) durations.push(await timed(work));
  return durations;
}

/**
 * Like sampleLatency for two pieces of work, taking turns: on a shared machine, whatever slows
 * one sample down tends to slow its neighbour too, so the ratio of the two medians stays fair.
 */
export async function sampleInTurns(
  times: number,
  first: () => Promise<unknown>,
  second: () => Promise<unknown>,
): Promise<[number[], number[]]> {
  const durations: [number[], number[]] = [[], []];
  for (let index = 0; index < times; index += 1) {
    durations[0].push(await timed(first));
    durations[1].push(await timed(second));
  }
  return durations;
}

/** The median of each numeric field across runs. */
export function medianOfRuns<T extends { [K in keyof T]: number }>(runs: readonly T[]): T {
  const keys = Object.keys(runs[0] ?? {}) as Array<keyof T>;
  return Object.fromEntries(keys.map((key) => [key, median(runs.map((run) => run[key] as number))])) as T;
}

export const round = (value: number, digits = 1): number => Math.round(value * 10 ** digits) / 10 ** digits;
