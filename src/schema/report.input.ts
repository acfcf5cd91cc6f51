import { Field, ID, InputType } from 'type-graphql';
import type { DateTimeValue } from '../domain/date-time.js';
import {
  ReportExecutionOrderField, ReportExecutionStatus, ReportFormat, ReportJobOrderField, ReportType, SortDirection,
} from '../domain/enums.js';
import { DateTimeScalar } from './scalars/date-time.scalar.js';
import { JsonScalar } from './scalars/json.scalar.js';

@InputType('ReportJobWhere')
export class ReportJobWhere {
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
  @Field(() => ReportType, { nullable: true }) type?: ReportType | null;
  @Field(() => ReportFormat, { nullable: true }) format?: ReportFormat | null;
  @Field(() => String, { nullable: true, description: 'Case-sensitive, as Dataflow compares.' }) scheduleNameContains?: string | null;
}

@InputType('ReportJobOrder')
export class ReportJobOrder {
  @Field(() => ReportJobOrderField) field!: ReportJobOrderField;
  @Field(() => SortDirection, { nullable: true, defaultValue: SortDirection.ASC }) direction?: SortDirection | null;
}

@InputType('ReportExecutionWhere')
export class ReportExecutionWhere {
  @Field(() => ID, { nullable: true }) jobId?: string | null;
  @Field(() => ReportExecutionStatus, { nullable: true }) status?: ReportExecutionStatus | null;
  @Field(() => ReportType, { nullable: true }) type?: ReportType | null;
  @Field(() => DateTimeScalar, { nullable: true }) startedAfter?: DateTimeValue | null;
  @Field(() => DateTimeScalar, { nullable: true }) startedBefore?: DateTimeValue | null;
}

@InputType('ReportExecutionOrder')
export class ReportExecutionOrder {
  @Field(() => ReportExecutionOrderField) field!: ReportExecutionOrderField;
  @Field(() => SortDirection, { nullable: true, defaultValue: SortDirection.DESC }) direction?: SortDirection | null;
}

@InputType('CreateReportJobInput')
export class CreateReportJobInput {
  @Field(() => ReportType) type!: ReportType;
  @Field(() => ReportFormat) format!: ReportFormat;
  @Field(() => String) scheduleName!: string;
  @Field(() => String, { description: "Five-field cron, e.g. '1 0 * * *' for every day at 00:01." }) cronExpr!: string;
  @Field(() => Boolean, { nullable: true, defaultValue: true }) active?: boolean | null;
  @Field(() => [String], { description: 'E-mail addresses; each is checked.' }) recipients!: string[];
  @Field(() => String, { nullable: true, description: 'IANA time zone; checked.' }) timezone?: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) startTime?: DateTimeValue | null;
  @Field(() => DateTimeScalar, { nullable: true }) endTime?: DateTimeValue | null;
  @Field(() => JsonScalar, { nullable: true }) params?: unknown;
}

@InputType('UpdateReportJobInput')
export class UpdateReportJobInput {
  @Field(() => ReportType, { nullable: true }) type?: ReportType | null;
  @Field(() => ReportFormat, { nullable: true }) format?: ReportFormat | null;
  @Field(() => String, { nullable: true }) scheduleName?: string | null;
  @Field(() => String, { nullable: true }) cronExpr?: string | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
  @Field(() => [String], { nullable: true }) recipients?: string[] | null;
  @Field(() => String, { nullable: true }) timezone?: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) startTime?: DateTimeValue | null;
  @Field(() => DateTimeScalar, { nullable: true }) endTime?: DateTimeValue | null;
  @Field(() => JsonScalar, { nullable: true }) params?: unknown;
}
