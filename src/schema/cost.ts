import type { ComplexityEstimatorArgs } from 'graphql-query-complexity/cjs';
import type { DateTimeValue } from '../domain/date-time.js';
import { Interval } from '../domain/enums.js';
import { UPSTREAM_PAGE_SIZE } from '../domain/paging.js';
import { splitIntoWindows, TIMESERIES_MAX_SPAN_MS } from '../domain/time-windows.js';

// The cost of a query is the number of upstream requests it may cause: each field that fetches
// counts its requests, and lists multiply what is asked under them. Other fields cost nothing.
// Estimates err on the high side (shared requests are made once, cached ones not at all).

type Estimate = (args: ComplexityEstimatorArgs) => number;

/** When the directory decides how many queues or agents there are, the estimate assumes this many. */
export const DIRECTORY_GUESS = { queues: 20, agents: 10 };

/** One upstream request, plus what is asked under it. */
export const oneRequest: Estimate = ({ childComplexity }) => 1 + childComplexity;

/** A write and the read-back of what it wrote. */
export const writeAndRead: Estimate = ({ childComplexity }) => 2 + childComplexity;

/** A timeseries costs one request per 24-hour window the gateway splits it into. */
export const timeseriesCost: Estimate = ({ args, childComplexity }) => {
  const range = args.range as { start?: DateTimeValue; end?: DateTimeValue } | undefined;
  const span = range?.start && range.end ? range.end.epochMs - range.start.epochMs : 0;
  // Invalid or over-long ranges never get here: the input check refuses them first.
  if (span <= 0 || span > TIMESERIES_MAX_SPAN_MS) return 1 + childComplexity;
  const interval = (args.interval as Interval | null | undefined) ?? Interval.ONE_HOUR;
  return splitIntoWindows({ start: range!.start!, end: range!.end! }, interval).length + childComplexity;
};

/** Given numbers cost nothing themselves; without them the directory is read and sizes the list. */
export function memberList(guess: number): Estimate {
  return ({ args, childComplexity }) => {
    const numbers = args.numbers as unknown[] | null | undefined;
    return numbers ? numbers.length * childComplexity : 1 + guess * childComplexity;
  };
}

/** A connection reads pages of 100 and repeats what is asked of each node `first` times. */
export const connectionCost: Estimate = ({ args, childComplexity }) => {
  const first = typeof args.first === 'number' && args.first > 0 ? args.first : 1;
  return Math.ceil((first + 1) / UPSTREAM_PAGE_SIZE) + first * childComplexity;
};
