import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { NEWEST_FIRST } from '../datasources/report-executions.source.js';
import type { ReportExecutionRecord, ReportJobRecord } from '../domain/models.js';
import type { Connection } from '../schema/connection.type.js';
import { ReportExecutionConnection } from '../schema/report-execution.type.js';
import { ReportJob, ReportJobConnection } from '../schema/report-job.type.js';
import { ReportJobOrder, ReportJobWhere } from '../schema/report.input.js';
import { checkNotEmpty } from '../validation/scalars.js';
import { listWindow, toConnection } from './connection.js';
import { jobCriteria, jobSort } from './report-criteria.js';

@Resolver(() => ReportJob)
export class ReportJobResolver {
  @Query(() => ReportJobConnection, { nullable: true, description: 'Scheduled report jobs. Without orderBy, newest first (by createdAt).' })
  async reportJobs(
    @Arg('where', () => ReportJobWhere, { nullable: true }) where: ReportJobWhere | null | undefined,
    @Arg('orderBy', () => [ReportJobOrder], { nullable: true }) orderBy: ReportJobOrder[] | null | undefined,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null | undefined,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: GatewayContext,
  ): Promise<Connection<ReportJobRecord>> {
    const window = listWindow({ first, after }, info);
    return toConnection(window, await ctx.sources.reportJobs.list(jobCriteria(where), jobSort(orderBy), window));
  }

  @Query(() => ReportJob, { nullable: true, description: 'One report job; null when it does not exist.' })
  reportJob(@Arg('id', () => ID) id: string, @Ctx() ctx: GatewayContext): Promise<ReportJobRecord | null> {
    return ctx.sources.reportJobs.get(checkNotEmpty(id, 'id'));
  }

  @FieldResolver(() => ReportExecutionConnection, { nullable: true, description: 'Runs of this job, newest first.' })
  async executions(
    @Root() job: ReportJob,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null | undefined,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: GatewayContext,
  ): Promise<Connection<ReportExecutionRecord>> {
    const window = listWindow({ first, after }, info);
    return toConnection(window, await ctx.sources.reportExecutions.list({ jobId: job.id }, NEWEST_FIRST, window));
  }
}
