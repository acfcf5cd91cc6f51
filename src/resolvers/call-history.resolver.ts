import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { dateTimeAt } from '../domain/date-time.js';
import type { CallLegRecord, CallSessionRecord } from '../domain/models.js';
import type { TimeRangeValue } from '../domain/time-range.js';
import { CallHistoryFilter, MyCallHistoryFilter } from '../schema/call-history.input.js';
import { CallLeg, CallSession, CallSessionConnection } from '../schema/call-session.type.js';
import type { Connection } from '../schema/connection.type.js';
import { TimeRange } from '../schema/time-range.input.js';
import { PageArgs } from '../schema/page.args.js';
import { YEAR_MS } from '../validation/time-ranges.js';
import { callArguments } from '../arguments/call.arguments.js';
import { listWindow, toConnection } from '../connections/connection.js';
import { connectionCost, oneRequest } from '../schema/cost.js';

const MINUTE_MS = 60_000;

/**
 * The 365 days ending now, with "now" rounded up to the minute: the range still reaches the
 * present, and lookups within the same minute share one cache entry.
 */
function lastYear(nowMs: number): TimeRangeValue {
  const end = Math.ceil(nowMs / MINUTE_MS) * MINUTE_MS;
  return { start: dateTimeAt(end - YEAR_MS, 0), end: dateTimeAt(end, 0) };
}

const ONE_ROW = { offset: 0, first: 1, withCount: false, lookahead: false };

@Resolver(() => CallSession)
export class CallHistoryResolver {
  @Query(() => CallSessionConnection, {
    nullable: true,
    complexity: connectionCost,
    description: 'Call history rows matching a filter, newest first as Dataflow orders them.',
  })
  async callHistory(
    @Arg('filter', () => CallHistoryFilter) filter: CallHistoryFilter,
    @Args(() => PageArgs) page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: GatewayContext,
  ): Promise<Connection<CallSessionRecord>> {
    const args = callArguments['Query.callHistory']({ filter, ...page });
    const window = listWindow(args.page, info);
    return toConnection(window, await ctx.sources.calls.history(args.filter, window));
  }

  @Query(() => CallSessionConnection, {
    nullable: true,
    complexity: connectionCost,
    description: 'Call history of the signed-in user.',
  })
  async myCallHistory(
    @Arg('filter', () => MyCallHistoryFilter) filter: MyCallHistoryFilter,
    @Args(() => PageArgs) page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: GatewayContext,
  ): Promise<Connection<CallSessionRecord>> {
    const args = callArguments['Query.myCallHistory']({ filter, ...page });
    const window = listWindow(args.page, info);
    return toConnection(window, await ctx.sources.calls.userHistory(args.filter, window));
  }

  @Query(() => CallSession, {
    nullable: true,
    complexity: oneRequest,
    description:
      'One call session: its row is looked up in call history within range (default: the 365 days ending now), its legs in details; null when not found.',
  })
  async callSession(
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('range', () => TimeRange, { nullable: true }) range: TimeRange | null | undefined,
    @Ctx() ctx: GatewayContext,
  ): Promise<CallSessionRecord | null> {
    const args = callArguments['Query.callSession']({ sessionId, range });
    const found = await ctx.sources.calls.history(
      { range: args.range ?? lastYear(ctx.clock.now()), sessionId: args.sessionId },
      ONE_ROW,
    );
    return found.items[0] ?? null;
  }

  @FieldResolver(() => [CallLeg], {
    nullable: true,
    complexity: oneRequest,
    description: 'The legs of this call, fetched once per distinct session across the whole response.',
  })
  details(@Root() session: CallSession, @Ctx() ctx: GatewayContext): Promise<CallLegRecord[] | null> {
    return ctx.sources.calls.details(session.sessionId, session.source);
  }
}
