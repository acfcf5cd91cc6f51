import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { Interval } from '../domain/enums.js';
import type { AgentKpiRecord, AgentPointRecord } from '../domain/models.js';
import { Agent, AgentKpi, AgentPoint } from '../schema/agent.type.js';
import { Queue } from '../schema/queue.type.js';
import { TimeRange } from '../schema/time-range.input.js';
import { oneRequest, timeseriesCost } from '../schema/cost.js';
import { queueArguments } from '../arguments/queue.arguments.js';

@Resolver(() => Agent)
export class AgentResolver {
  @FieldResolver(() => String, { nullable: true })
  async displayName(@Root() agent: Agent, @Ctx() ctx: GatewayContext): Promise<string | null> {
    if (agent.displayName !== undefined) return agent.displayName;
    const members = await ctx.sources.directory.agents(agent.queueNumber);
    return members?.find((member) => member.number === agent.number)?.displayName ?? null;
  }

  @FieldResolver(() => Queue)
  queue(@Root() agent: Agent): Queue {
    return { number: agent.queueNumber };
  }

  @FieldResolver(() => AgentKpi, { nullable: true, complexity: oneRequest })
  summary(
    @Root() agent: Agent,
    @Arg('range', () => TimeRange) range: TimeRange,
    @Ctx() ctx: GatewayContext,
  ): Promise<AgentKpiRecord> {
    return ctx.sources.queues.agentSummary(
      agent.queueNumber,
      agent.number,
      queueArguments['Agent.summary']({ range }).range,
    );
  }

  @FieldResolver(() => [AgentPoint], {
    nullable: true,
    complexity: timeseriesCost,
    description:
      'At most 24 hours per upstream call; longer ranges are split by the gateway and stitched back in order.',
  })
  timeseries(
    @Root() agent: Agent,
    @Arg('range', () => TimeRange) range: TimeRange,
    @Arg('interval', () => Interval, { nullable: true, defaultValue: Interval.ONE_HOUR }) interval: Interval | null,
    @Ctx() ctx: GatewayContext,
  ): Promise<AgentPointRecord[]> {
    const args = queueArguments['Agent.timeseries']({ range, interval });
    return ctx.sources.queues.agentTimeseries(agent.queueNumber, agent.number, args.range, args.interval);
  }
}
