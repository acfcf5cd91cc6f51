import { Field, ID, ObjectType } from 'type-graphql';
import { ReportFormat, ReportType } from '../domain/enums.js';
import type { ReportJobRecord } from '../domain/models.js';
import { connectionType } from './connection.type.js';
import { DateTimeScalar } from './scalars/date-time.scalar.js';
import { JsonScalar } from './scalars/json.scalar.js';

@ObjectType('ReportJob')
export class ReportJob implements ReportJobRecord {
  @Field(() => ID) id!: string;
  @Field(() => ReportType) type!: ReportType;
  @Field(() => ReportFormat) format!: ReportFormat;
  @Field(() => String, { nullable: true }) scheduleName!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) startTime!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) endTime!: string | null;
  @Field(() => String, { nullable: true }) cronExpr!: string | null;
  @Field(() => Boolean, { description: 'false when Dataflow leaves it blank.' }) active!: boolean;
  @Field(() => [String], { description: 'Empty when Dataflow leaves it blank.' }) recipients!: string[];
  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. Asia/Shanghai.' }) timezone!: string | null;
  @Field(() => JsonScalar, { nullable: true }) params!: unknown;
  @Field(() => DateTimeScalar, { nullable: true }) createdAt!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) updatedAt!: string | null;
}

export const ReportJobConnection = connectionType(ReportJob, 'ReportJob');
