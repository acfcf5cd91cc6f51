import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { Interval } from '../domain/enums.js';
import type { CallVolumePointRecord } from '../domain/models.js';
import { CallVolumePoint } from '../schema/call-volume.type.js';
import { TimeRange } from '../schema/time-range.input.js';
import { MAX_TENANTS } from '../validation/input-limits.js';
import { oneRequest } from '../schema/cost.js';
import { callArguments } from '../arguments/call.arguments.js';

@Resolver()
export class CallVolumeResolver {
  @Query(() => [CallVolumePoint], {
    nullable: true,
    complexity: oneRequest,
    description:
      'Call volume over 1 to 365 days: hourly for one day, daily for several. Administrators may name tenants; tenant users see their own.',
  })
  callVolume(
    @Arg('range', () => TimeRange) range: TimeRange,
    @Arg('tenants', () => [ID], { nullable: true, description: `At most ${MAX_TENANTS} tenant ids.` })
    tenants: string[] | null | undefined,
    @Arg('interval', () => Interval, { nullable: true }) interval: Interval | null | undefined,
    @Ctx() ctx: GatewayContext,
  ): Promise<CallVolumePointRecord[]> {
    const args = callArguments['Query.callVolume']({ range, tenants, interval });
    return ctx.sources.calls.volume(args.range, args.tenants, args.interval);
  }
}
