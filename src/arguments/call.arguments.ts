import { DAY_MS, type TimeRangeValue } from '../domain/time-range.js';
import type { Interval } from '../domain/enums.js';
import type { CallHistoryFilter, MyCallHistoryFilter } from '../schema/call-history.input.js';
import type { PageArgs } from '../schema/page.args.js';
import { checkInt64Id } from '../validation/scalars.js';
import { checkRange, YEAR_MS } from '../validation/time-ranges.js';
import { historyFilter, userHistoryFilter } from './call-history.filters.js';
import { checkPage } from '../connections/connection.js';
import type { Coordinate } from './argument-rules.js';

/**
 * The arguments of call volume and call history, checked and normalised: used by the resolvers,
 * and by the input check before anything runs (argument-rules.ts).
 */
export const callArguments = {
  'Query.callVolume': (args: {
    readonly range: TimeRangeValue;
    readonly tenants?: readonly string[] | null;
    readonly interval?: Interval | null;
  }) => ({
    range: checkRange(args.range, 'range', { minMs: DAY_MS, maxMs: YEAR_MS, subject: 'call volume' }),
    tenants: args.tenants?.map((tenant, index) => checkInt64Id(tenant, `tenants[${index}]`)),
    interval: args.interval ?? undefined,
  }),
  'Query.callHistory': (args: { readonly filter: CallHistoryFilter } & PageArgs) => ({
    filter: historyFilter(args.filter),
    page: checkPage(args),
  }),
  'Query.myCallHistory': (args: { readonly filter: MyCallHistoryFilter } & PageArgs) => ({
    filter: userHistoryFilter(args.filter),
    page: checkPage(args),
  }),
  /** Without a range, the resolver looks back from now. */
  'Query.callSession': (args: { readonly sessionId: string; readonly range?: TimeRangeValue | null }) => ({
    sessionId: checkInt64Id(args.sessionId, 'sessionId'),
    range: args.range ? checkRange(args.range, 'range', { maxMs: YEAR_MS, subject: 'call history' }) : undefined,
  }),
} satisfies Record<Coordinate, (args: never) => unknown>;
