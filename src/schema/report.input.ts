import { Field, ID, InputType } from 'type-graphql';
import type { DateTimeValue } from '../domain/date-time.js';
import {
  ReportExecutionOrderField,
  ReportExecutionStatus,
  ReportFormat,
  ReportJobOrderField,
  ReportType,
  SortDirection,
} from '../domain/enums.js';
import { DateTimeScalar } from './scalars/date-time.scalar.js';
import { JsonScalar } from './scalars/json.scalar.js';
import { MAX_JSON_DEPTH } from '../json/json-depth.js';
import { MAX_JSON_LENGTH, MAX_NAME_LENGTH, MAX_RECIPIENTS } from '../validation/input-limits.js';

const NAME = `1 to ${MAX_NAME_LENGTH} characters, no control characters; sent trimmed.`;
const CRON =
  "Five-field cron (minute hour day-of-month month day-of-week), e.g. '1 0 * * *' for every day at 00:01: numbers, ranges, steps after * or a range (from 1 to the field's largest value), lists, and month and weekday names. No L, W, ?, #, macros or seconds.";
const RECIPIENTS = `1 to ${MAX_RECIPIENTS} e-mail addresses; each is checked.`;
const TIME_ZONE =
  'A name of the IANA time zone database, e.g. Asia/Shanghai; matched without regard to case, and sent as IANA spells it.';
const PARAMS = `At most ${MAX_JSON_LENGTH} characters as JSON, nested at most ${MAX_JSON_DEPTH} levels.`;

@InputType('ReportJobWhere')
export class ReportJobWhere {
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
  @Field(() => ReportType, { nullable: true }) type?: ReportType | null;
  @Field(() => ReportFormat, { nullable: true }) format?: ReportFormat | null;
  @Field(() => String, {
    nullable: true,
    description: `Case-sensitive, as Dataflow compares; at most ${MAX_NAME_LENGTH} characters.`,
  })
  scheduleNameContains?: string | null;
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
  @Field(() => String, { description: NAME }) scheduleName!: string;
  @Field(() => String, { description: CRON }) cronExpr!: string;
  @Field(() => Boolean, { nullable: true, defaultValue: true }) active?: boolean | null;
  @Field(() => [String], { description: RECIPIENTS }) recipients!: string[];
  @Field(() => String, { nullable: true, description: TIME_ZONE }) timezone?: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) startTime?: DateTimeValue | null;
  @Field(() => DateTimeScalar, { nullable: true }) endTime?: DateTimeValue | null;
  @Field(() => JsonScalar, { nullable: true, description: PARAMS }) params?: unknown;
}

@InputType('UpdateReportJobInput')
export class UpdateReportJobInput {
  @Field(() => ReportType, { nullable: true }) type?: ReportType | null;
  @Field(() => ReportFormat, { nullable: true }) format?: ReportFormat | null;
  @Field(() => String, { nullable: true, description: NAME }) scheduleName?: string | null;
  @Field(() => String, { nullable: true, description: CRON }) cronExpr?: string | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
  @Field(() => [String], { nullable: true, description: RECIPIENTS }) recipients?: string[] | null;
  @Field(() => String, { nullable: true, description: TIME_ZONE }) timezone?: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) startTime?: DateTimeValue | null;
  @Field(() => DateTimeScalar, { nullable: true }) endTime?: DateTimeValue | null;
  @Field(() => JsonScalar, { nullable: true, description: PARAMS }) params?: unknown;
}
