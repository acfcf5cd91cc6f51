import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import type { ReportExecutionRecord, ReportJobRecord } from '../domain/models.js';
import type { Connection } from '../schema/connection.type.js';
import { DeletePayload, ReportExecution, ReportExecutionConnection } from '../schema/report-execution.type.js';
import { ReportJob } from '../schema/report-job.type.js';
import { ReportExecutionOrder, ReportExecutionWhere } from '../schema/report.input.js';
import { PageArgs } from '../schema/page.args.js';
import { MAX_ORDER_TERMS } from '../validation/input-limits.js';
import { listWindow, toConnection } from '../connections/connection.js';
import { reportArguments } from '../arguments/report.arguments.js';
import { connectionCost, oneRequest } from '../schema/cost.js';

@Resolver(() => ReportExecution)
export class ReportExecutionResolver {
  @Query(() => ReportExecutionConnection, {
    nullable: true,
    complexity: connectionCost,
    description:
      'Report execution logs: runs of report jobs and the files they produced. Without orderBy, newest first.',
  })
  async reportExecutions(
    @Arg('where', () => ReportExecutionWhere, { nullable: true }) where: ReportExecutionWhere | null | undefined,
    @Arg('orderBy', () => [ReportExecutionOrder], { nullable: true, description: `At most ${MAX_ORDER_TERMS} terms.` })
    orderBy: ReportExecutionOrder[] | null | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: GatewayContext,
  ): Promise<Connection<ReportExecutionRecord>> {
    const args = reportArguments['Query.reportExecutions']({ where, orderBy, ...page });
    const window = listWindow(args.page, info);
    return toConnection(window, await ctx.sources.reportExecutions.list(args.criteria, args.sort, window));
  }

  @FieldResolver(() => ReportJob, {
    nullable: true,
    complexity: oneRequest,
    description: 'The job that produced this run; null when it was deleted since.',
  })
  job(@Root() execution: ReportExecution, @Ctx() ctx: GatewayContext): Promise<ReportJobRecord | null> | null {
    return execution.jobId ? ctx.sources.reportJobs.get(execution.jobId) : null;
  }

  @Mutation(() => DeletePayload, {
    nullable: true,
    complexity: oneRequest,
    description: 'An unknown id answers deleted: false.',
  })
  async deleteReportExecution(@Arg('id', () => ID) id: string, @Ctx() ctx: GatewayContext): Promise<DeletePayload> {
    const args = reportArguments['Mutation.deleteReportExecution']({ id });
    return { id: args.id, deleted: await ctx.sources.reportExecutions.destroy(args.id) };
  }
}
