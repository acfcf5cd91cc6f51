import { DEFAULT_EXECUTIONS_FIRST, type PageArgs } from '../schema/page.args.js';
import type {
  CreateReportJobInput,
  ReportExecutionOrder,
  ReportExecutionWhere,
  ReportJobOrder,
  ReportJobWhere,
  UpdateReportJobInput,
} from '../schema/report.input.js';
import { checkResourceId } from '../validation/scalars.js';
import { checkPage } from '../connections/connection.js';
import { executionCriteria, executionSort, jobCriteria, jobSort } from './report-criteria.js';
import { createFields, updateFields } from './report-job-fields.js';
import type { Coordinate } from './argument-rules.js';

interface IdArgs {
  readonly id: string;
}

/**
 * The arguments of report jobs and executions, checked and normalised: used by the resolvers,
 * and by the input check before anything runs (argument-rules.ts).
 */
export const reportArguments = {
  'Query.reportJobs': (
    args: { readonly where?: ReportJobWhere | null; readonly orderBy?: readonly ReportJobOrder[] | null } & PageArgs,
  ) => ({
    criteria: jobCriteria(args.where),
    sort: jobSort(args.orderBy),
    page: checkPage(args),
  }),
  'Query.reportJob': (args: IdArgs) => ({ id: checkResourceId(args.id, 'id') }),
  'ReportJob.executions': (args: PageArgs) => ({ page: checkPage(args, DEFAULT_EXECUTIONS_FIRST) }),
  'Query.reportExecutions': (
    args: {
      readonly where?: ReportExecutionWhere | null;
      readonly orderBy?: readonly ReportExecutionOrder[] | null;
    } & PageArgs,
  ) => ({
    criteria: executionCriteria(args.where),
    sort: executionSort(args.orderBy),
    page: checkPage(args),
  }),
  'Mutation.createReportJob': (args: { readonly input: CreateReportJobInput }) => ({
    fields: createFields(args.input),
  }),
  'Mutation.updateReportJob': (args: IdArgs & { readonly input: UpdateReportJobInput }) => ({
    id: checkResourceId(args.id, 'id'),
    fields: updateFields(args.input),
  }),
  'Mutation.deleteReportJob': (args: IdArgs) => ({ id: checkResourceId(args.id, 'id') }),
  'Mutation.deleteReportExecution': (args: IdArgs) => ({ id: checkResourceId(args.id, 'id') }),
} satisfies Record<Coordinate, (args: never) => unknown>;
