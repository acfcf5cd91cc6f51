import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { Interval } from '../domain/enums.js';
import type { QueueKpiRecord, QueuePointRecord } from '../domain/models.js';
import { ErrorCode } from '../errors/error-code.js';
import { GatewayError } from '../errors/gateway-error.js';
import { Agent } from '../schema/agent.type.js';
import { DIRECTORY_GUESS, memberList, oneRequest, timeseriesCost } from '../schema/cost.js';
import { Queue, QueueKpi, QueuePoint } from '../schema/queue.type.js';
import { TimeRange } from '../schema/time-range.input.js';
import { MAX_AGENT_NUMBERS, MAX_QUEUE_NUMBERS } from '../validation/input-limits.js';
import { queueArguments } from '../arguments/queue.arguments.js';

@Resolver(() => Queue)
export class QueueResolver {
  @Query(() => QueueKpi, {
    nullable: true,
    complexity: oneRequest,
    description: 'KPIs of one or more queues over a range; with several queues Dataflow returns their average.',
  })
  queueSummary(
    @Arg('queues', () => [String], { description: `1 to ${MAX_QUEUE_NUMBERS} queue numbers.` }) queues: string[],
    @Arg('range', () => TimeRange) range: TimeRange,
    @Ctx() ctx: GatewayContext,
  ): Promise<QueueKpiRecord> {
    const args = queueArguments['Query.queueSummary']({ queues, range });
    return ctx.sources.queues.summary(args.queues, args.range);
  }

  @Query(() => Queue, {
    description: 'One queue by its number. Its fields fetch lazily, so asking for a queue costs nothing upstream.',
  })
  queue(@Arg('number', () => String) number: string): Queue {
    return { number: queueArguments['Query.queue']({ number }).number };
  }

  @Query(() => [Queue], {
    nullable: true,
    complexity: memberList(DIRECTORY_GUESS.queues),
    description:
      "Several queues by number, for dashboards and wallboards; without numbers, every queue of the PBX's queue directory.",
  })
  async queues(
    @Arg('numbers', () => [String], { nullable: true, description: `At most ${MAX_QUEUE_NUMBERS}.` })
    numbers: string[] | null | undefined,
    @Ctx() ctx: GatewayContext,
  ): Promise<Queue[]> {
    const args = queueArguments['Query.queues']({ numbers });
    if (args.numbers) return args.numbers.map((number) => ({ number }));
    const directory = await ctx.sources.directory.queues();
    return directory.map((queue) => ({ number: queue.number, name: queue.name }));
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "From the PBX's queue directory; null when the directory is not reachable.",
  })
  async name(@Root() queue: Queue, @Ctx() ctx: GatewayContext): Promise<string | null> {
    if (queue.name !== undefined) return queue.name;
    return (await ctx.sources.directory.queue(queue.number))?.name ?? null;
  }

  @FieldResolver(() => QueueKpi, { nullable: true, complexity: oneRequest })
  summary(
    @Root() queue: Queue,
    @Arg('range', () => TimeRange) range: TimeRange,
    @Ctx() ctx: GatewayContext,
  ): Promise<QueueKpiRecord> {
    return ctx.sources.queues.summary([queue.number], queueArguments['Queue.summary']({ range }).range);
  }

  @FieldResolver(() => [QueuePoint], {
    nullable: true,
    complexity: timeseriesCost,
    description:
      'At most 24 hours per upstream call; longer ranges are split by the gateway and stitched back in order.',
  })
  timeseries(
    @Root() queue: Queue,
    @Arg('range', () => TimeRange) range: TimeRange,
    @Arg('interval', () => Interval, { nullable: true, defaultValue: Interval.ONE_HOUR }) interval: Interval | null,
    @Ctx() ctx: GatewayContext,
  ): Promise<QueuePointRecord[]> {
    const args = queueArguments['Queue.timeseries']({ range, interval });
    return ctx.sources.queues.timeseries(queue.number, args.range, args.interval);
  }

  @FieldResolver(() => Agent)
  agent(@Root() queue: Queue, @Arg('number', () => String) number: string): Agent {
    return { number: queueArguments['Queue.agent']({ number }).number, queueNumber: queue.number };
  }

  @FieldResolver(() => [Agent], {
    nullable: true,
    complexity: memberList(DIRECTORY_GUESS.agents),
    description: "The given agents, or without numbers every agent of the queue in the PBX's queue directory.",
  })
  async agents(
    @Root() queue: Queue,
    @Arg('numbers', () => [String], { nullable: true, description: `At most ${MAX_AGENT_NUMBERS}.` })
    numbers: string[] | null | undefined,
    @Ctx() ctx: GatewayContext,
  ): Promise<Agent[]> {
    const args = queueArguments['Queue.agents']({ numbers });
    if (args.numbers) return args.numbers.map((number) => ({ number, queueNumber: queue.number }));
    const members = await ctx.sources.directory.agents(queue.number);
    if (!members) {
      throw new GatewayError(ErrorCode.NOT_FOUND, `Queue ${queue.number} is not in the PBX's queue directory`);
    }
    return members.map((member) => ({
      number: member.number,
      queueNumber: queue.number,
      displayName: member.displayName,
    }));
  }
}
