import { type GraphQLResolveInfo, responsePathAsArray } from 'graphql';
import { Arg, Ctx, ID, Info, Mutation, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import type { ReportJobRecord } from '../domain/models.js';
import { ErrorCode } from '../errors/error-code.js';
import { GatewayError, isGatewayError } from '../errors/gateway-error.js';
import { DeletePayload } from '../schema/report-execution.type.js';
import { ReportJob } from '../schema/report-job.type.js';
import { CreateReportJobInput, UpdateReportJobInput } from '../schema/report.input.js';
import { sentJob } from '../arguments/report-job-fields.js';
import { reportArguments } from '../arguments/report.arguments.js';
import { oneRequest, writeAndRead } from '../schema/cost.js';

@Resolver()
export class ReportJobMutationResolver {
  @Mutation(() => ReportJob, { nullable: true, complexity: writeAndRead })
  async createReportJob(
    @Arg('input', () => CreateReportJobInput) input: CreateReportJobInput,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: GatewayContext,
  ): Promise<ReportJobRecord> {
    const { fields } = reportArguments['Mutation.createReportJob']({ input });
    const id = await ctx.sources.reportJobs.create(fields);
    try {
      return await ctx.sources.reportJobs.readBack(id, 'createReportJob');
    } catch (error) {
      // The job exists, whatever went wrong since: without its id the client would retry and
      // create a second one.
      if (!isGatewayError(error)) ctx.logger.error({ err: error }, 'reading back a created report job failed');
      const cause = isGatewayError(error)
        ? error
        : new GatewayError(ErrorCode.INTERNAL_SERVER_ERROR, 'an internal error');
      ctx.reportedErrors.push(
        new GatewayError(
          cause.code,
          `Report job ${id} was created, but reading it back failed (${cause.message}); its other fields are what was sent`,
          { ...cause.extensions, createdId: id },
          { path: responsePathAsArray(info.path) },
        ),
      );
      return sentJob(id, fields);
    }
  }

  @Mutation(() => ReportJob, {
    nullable: true,
    complexity: writeAndRead,
    description: 'Changes only the fields given; an unknown id is an error with code NOT_FOUND.',
  })
  async updateReportJob(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateReportJobInput) input: UpdateReportJobInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<ReportJobRecord> {
    const { id: jobId, fields } = reportArguments['Mutation.updateReportJob']({ id, input });
    await ctx.sources.reportJobs.update(jobId, fields);
    return ctx.sources.reportJobs.readBack(jobId, 'updateReportJob');
  }

  @Mutation(() => DeletePayload, {
    nullable: true,
    complexity: oneRequest,
    description: 'An unknown id answers deleted: false.',
  })
  async deleteReportJob(@Arg('id', () => ID) id: string, @Ctx() ctx: GatewayContext): Promise<DeletePayload> {
    const args = reportArguments['Mutation.deleteReportJob']({ id });
    return { id: args.id, deleted: await ctx.sources.reportJobs.destroy(args.id) };
  }
}
