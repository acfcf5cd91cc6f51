/** Benchmark settings, from the environment; the defaults are what RESULTS.md was made with. */
function number(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number, got "${raw}"`);
  return value;
}

export const settings = {
  /** Delay the simulator adds to every answer: one upstream round trip. */
  upstreamLatencyMs: number('BENCH_UPSTREAM_LATENCY_MS', 20),
  /** Each scenario is measured this many times; the report gives medians across runs. */
  runs: number('BENCH_RUNS', 3),
  /** Length of each load-tool run. */
  seconds: number('BENCH_SECONDS', 5),
  /** Concurrent connections of the load tool. */
  connections: number('BENCH_CONNECTIONS', 50),
  /** Wallboards timed one after another per run in the cold scenario. */
  coldSamples: number('BENCH_COLD_SAMPLES', 20),
  /** Distinct cache keys written in the memory scenario. */
  distinctKeys: number('BENCH_DISTINCT_KEYS', 100_000),
};

export const TOKEN = 'Bearer bench-token';

const DAY_MS = 86_400_000;
const iso = (epochMs: number): string => new Date(epochMs).toISOString().replace('.000Z', 'Z');

/** Today in UTC: a range reaching the present. */
export function today(): { start: string; end: string } {
  const midnight = Math.floor(Date.now() / DAY_MS) * DAY_MS;
  return { start: iso(midnight), end: iso(midnight + DAY_MS) };
}

/** Yesterday in UTC: a range wholly in the past, cached long. */
export function yesterday(): { start: string; end: string } {
  const midnight = Math.floor(Date.now() / DAY_MS) * DAY_MS;
  return { start: iso(midnight - DAY_MS), end: iso(midnight) };
}

export function lastWeek(): { start: string; end: string } {
  const midnight = Math.floor(Date.now() / DAY_MS) * DAY_MS;
  return { start: iso(midnight - 7 * DAY_MS), end: iso(midnight) };
}

/** Untimed rounds before a latency is sampled, for the JIT of the gateway and of the plain clients alike. */
export const WARM_UP_ROUNDS = 10;
