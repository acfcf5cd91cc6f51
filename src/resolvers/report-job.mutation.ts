import { type GraphQLResolveInfo, responsePathAsArray } from 'graphql';
import { Arg, Ctx, ID, Info, Mutation, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import type { ReportJobRecord } from '../domain/models.js';
import { ErrorCode } from '../errors/error-code.js';
import { GatewayError, isGatewayError } from '../errors/gateway-error.js';
import { failureFromShape } from '../errors/upstream-failure.js';
import { DeletePayload } from '../schema/report-execution.type.js';
import { ReportJob } from '../schema/report-job.type.js';
import { CreateReportJobInput, UpdateReportJobInput } from '../schema/report.input.js';
import { checkResourceId } from '../validation/scalars.js';
import { deleted } from './deletion.js';
import { createFields, sentJob, updateFields } from './report-job-fields.js';
import { oneRequest, writeAndRead } from '../schema/cost.js';

/** Reads back the job just written; the write invalidated this caller's cached jobs. */
async function readBack(ctx: GatewayContext, id: string, operation: string): Promise<ReportJobRecord> {
  const job = await ctx.sources.reportJobs.get(id);
  if (!job) throw failureFromShape(operation, `success, but report job ${id} cannot be read back`);
  return job;
}

@Resolver()
export class ReportJobMutationResolver {
  @Mutation(() => ReportJob, { nullable: true, complexity: writeAndRead })
  async createReportJob(
    @Arg('input', () => CreateReportJobInput) input: CreateReportJobInput,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: GatewayContext,
  ): Promise<ReportJobRecord> {
    const fields = createFields(input);
    const id = await ctx.sources.reportJobs.create(fields);
    try {
      return await readBack(ctx, id, 'createReportJob');
    } catch (error) {
      if (!isGatewayError(error)) throw error;
      // The job exists: without its id the client would retry and create a second one.
      ctx.reportedErrors.push(new GatewayError(
        error.code,
        `Report job ${id} was created, but reading it back failed (${error.message}); its other fields are what was sent`,
        { ...error.extensions, createdId: id },
        { path: responsePathAsArray(info.path) },
      ));
      return sentJob(id, fields);
    }
  }

  @Mutation(() => ReportJob, { nullable: true, complexity: writeAndRead, description: 'Changes only the fields given; an unknown id is an error with code NOT_FOUND.' })
  async updateReportJob(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateReportJobInput) input: UpdateReportJobInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<ReportJobRecord> {
    const jobId = checkResourceId(id, 'id');
    const fields = updateFields(input);
    try {
      await ctx.sources.reportJobs.update(jobId, fields);
    } catch (error) {
      if (isGatewayError(error, ErrorCode.NOT_FOUND)) {
        throw new GatewayError(ErrorCode.NOT_FOUND, `Report job ${jobId} does not exist`, { id: jobId });
      }
      throw error;
    }
    return readBack(ctx, jobId, 'updateReportJob');
  }

  @Mutation(() => DeletePayload, { nullable: true, complexity: oneRequest, description: 'An unknown id answers deleted: false.' })
  deleteReportJob(@Arg('id', () => ID) id: string, @Ctx() ctx: GatewayContext): Promise<DeletePayload> {
    const jobId = checkResourceId(id, 'id');
    return deleted(jobId, ctx.sources.reportJobs.destroy(jobId));
  }
}
