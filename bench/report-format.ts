import type { LoadResult } from './load.js';
import { round } from './stats.js';

// How figures read in RESULTS.md.

export const times = (a: number, b: number): string => `${round(a / b, 2)}×`;
export const ms = (value: number): string => `${round(value)} ms`;
export const rps = (value: number): string => `${Math.round(value)}/s`;
export const mb = (value: number): string => `${value.toFixed(1)} MB`;
export const percent = (share: number): string => `${round(share * 100)}%`;
export const count = (value: number): string => value.toLocaleString('en');

export const loadRow = (name: string, result: LoadResult): string =>
  `| ${name} | ${rps(result.requestsPerSecond)} | ${ms(result.p50Ms)} | ${ms(result.p99Ms)} | ${result.errors + result.non2xx} |`;

export const LOAD_HEADER = `| Server | Throughput | p50 | p99 | Errors |
|---|---|---|---|---|`;
