import { Field, Float, ID, ObjectType } from 'type-graphql';
import { ReportExecutionStatus, ReportFormat, ReportType } from '../domain/enums.js';
import type { ReportExecutionRecord } from '../domain/models.js';
import { connectionType } from './connection.type.js';
import { DateTimeScalar } from './scalars/date-time.scalar.js';

@ObjectType('ReportExecution')
export class ReportExecution implements ReportExecutionRecord {
  @Field(() => ID) id!: string;
  /** Resolved to `job` by the resolver. */
  jobId!: string | null;
  @Field(() => String, { nullable: true }) scheduleName!: string | null;
  @Field(() => ReportType) type!: ReportType;
  @Field(() => ReportFormat) format!: ReportFormat;
  @Field(() => ReportExecutionStatus) status!: ReportExecutionStatus;
  @Field(() => DateTimeScalar, { nullable: true }) startedAt!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) completedAt!: string | null;
  @Field(() => String, { nullable: true }) fileName!: string | null;
  @Field(() => Float, { nullable: true, description: 'Bytes.' }) fileSize!: number | null;
  @Field(() => String, { nullable: true }) fileUrl!: string | null;
  @Field(() => String, { nullable: true }) errorMessage!: string | null;
}

export const ReportExecutionConnection = connectionType(ReportExecution, 'ReportExecution');

@ObjectType('DeletePayload')
export class DeletePayload {
  @Field(() => ID) id!: string;
  @Field(() => Boolean) deleted!: boolean;
}
