import { TIMESERIES_MAX_SPAN_MS } from '../domain/time-windows.js';
import { Interval } from '../domain/enums.js';
import { DAY_MS, type TimeRangeValue } from '../domain/time-range.js';
import { checkList, checkNotEmpty } from '../validation/scalars.js';
import { checkRange } from '../validation/time-ranges.js';
import type { Coordinate } from './argument-rules.js';

const TIMESERIES_LIMITS = {
  maxMs: TIMESERIES_MAX_SPAN_MS,
  subject: 'a timeseries',
  hint: 'the gateway splits it into 24-hour requests, up to this span',
};

/** Dataflow publishes no maximum for queue summaries; it may reject a long range itself. */
const SUMMARY_LIMITS = { subject: 'a queue summary' };

/**
 * Summaries cannot be stitched from windows (averages and maxima do not add up), so the
 * upstream limit is the gateway's limit.
 */
const AGENT_SUMMARY_LIMITS = {
  maxMs: DAY_MS,
  subject: 'an agent summary',
  hint: 'Dataflow limits agent summaries to 24 hours; ask for one summary per day',
};

const numbersOf = (numbers: readonly string[], argument: string): string[] =>
  checkList(numbers, argument).map((number, index) => checkNotEmpty(number, `${argument}[${index}]`));

const optionalNumbers = (numbers: readonly string[] | null | undefined, argument: string): string[] | undefined =>
  numbers ? numbersOf(numbers, argument) : undefined;

interface RangeArgs {
  readonly range: TimeRangeValue;
}
interface TimeseriesArgs extends RangeArgs {
  readonly interval?: Interval | null;
}

const timeseries = (args: TimeseriesArgs) => ({
  range: checkRange(args.range, 'range', TIMESERIES_LIMITS),
  interval: args.interval ?? Interval.ONE_HOUR,
});

/**
 * The arguments of the queue and agent fields, checked and normalised: used by the resolvers,
 * and by the input check before anything runs (argument-rules.ts).
 */
export const queueArguments = {
  'Query.queueSummary': (args: { readonly queues: readonly string[] } & RangeArgs) => ({
    queues: numbersOf(args.queues, 'queues'),
    range: checkRange(args.range, 'range', SUMMARY_LIMITS),
  }),
  'Query.queue': (args: { readonly number: string }) => ({ number: checkNotEmpty(args.number, 'number') }),
  'Query.queues': (args: { readonly numbers?: readonly string[] | null }) => ({
    numbers: optionalNumbers(args.numbers, 'numbers'),
  }),
  'Queue.summary': (args: RangeArgs) => ({ range: checkRange(args.range, 'range', SUMMARY_LIMITS) }),
  'Queue.timeseries': timeseries,
  'Queue.agent': (args: { readonly number: string }) => ({ number: checkNotEmpty(args.number, 'number') }),
  'Queue.agents': (args: { readonly numbers?: readonly string[] | null }) => ({
    numbers: optionalNumbers(args.numbers, 'numbers'),
  }),
  'Agent.summary': (args: RangeArgs) => ({ range: checkRange(args.range, 'range', AGENT_SUMMARY_LIMITS) }),
  'Agent.timeseries': timeseries,
} satisfies Record<Coordinate, (args: never) => unknown>;
