import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { NEWEST_FIRST } from '../datasources/report-executions.source.js';
import type { ReportExecutionRecord, ReportJobRecord } from '../domain/models.js';
import type { Connection } from '../schema/connection.type.js';
import { ReportExecutionConnection } from '../schema/report-execution.type.js';
import { ReportJob, ReportJobConnection } from '../schema/report-job.type.js';
import { ReportJobOrder, ReportJobWhere } from '../schema/report.input.js';
import { ExecutionPageArgs, PageArgs } from '../schema/page.args.js';
import { MAX_ORDER_TERMS } from '../validation/input-limits.js';
import { listWindow, toConnection } from '../connections/connection.js';
import { reportArguments } from '../arguments/report.arguments.js';
import { connectionCost, oneRequest } from '../schema/cost.js';

@Resolver(() => ReportJob)
export class ReportJobResolver {
  @Query(() => ReportJobConnection, {
    nullable: true,
    complexity: connectionCost,
    description: 'Scheduled report jobs. Without orderBy, newest first (by createdAt).',
  })
  async reportJobs(
    @Arg('where', () => ReportJobWhere, { nullable: true }) where: ReportJobWhere | null | undefined,
    @Arg('orderBy', () => [ReportJobOrder], { nullable: true, description: `At most ${MAX_ORDER_TERMS} terms.` })
    orderBy: ReportJobOrder[] | null | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: GatewayContext,
  ): Promise<Connection<ReportJobRecord>> {
    const args = reportArguments['Query.reportJobs']({ where, orderBy, ...page });
    const window = listWindow(args.page, info);
    return toConnection(window, await ctx.sources.reportJobs.list(args.criteria, args.sort, window));
  }

  @Query(() => ReportJob, {
    nullable: true,
    complexity: oneRequest,
    description: 'One report job; null when it does not exist.',
  })
  reportJob(@Arg('id', () => ID) id: string, @Ctx() ctx: GatewayContext): Promise<ReportJobRecord | null> {
    return ctx.sources.reportJobs.get(reportArguments['Query.reportJob']({ id }).id);
  }

  @FieldResolver(() => ReportExecutionConnection, {
    nullable: true,
    complexity: connectionCost,
    description: 'Runs of this job, newest first.',
  })
  async executions(
    @Root() job: ReportJob,
    @Args(() => ExecutionPageArgs) page: ExecutionPageArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: GatewayContext,
  ): Promise<Connection<ReportExecutionRecord>> {
    const window = listWindow(reportArguments['ReportJob.executions'](page).page, info);
    return toConnection(window, await ctx.sources.reportExecutions.list({ jobId: job.id }, NEWEST_FIRST, window));
  }
}
