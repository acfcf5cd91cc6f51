import { Field, ID, InputType, Int } from 'type-graphql';
import { CallDirection, CallStatus } from '../domain/enums.js';
import { TimeRange } from './time-range.input.js';

@InputType('CallHistoryFilter')
export class CallHistoryFilter {
  @Field(() => TimeRange, { description: 'At most 365 days.' }) range!: TimeRange;
  @Field(() => String, { nullable: true }) from?: string | null;
  @Field(() => String, { nullable: true }) to?: string | null;
  @Field(() => Int, { nullable: true, description: 'Seconds.' }) minDuration?: number | null;
  @Field(() => Int, { nullable: true, description: 'Seconds.' }) maxDuration?: number | null;
  @Field(() => Int, { nullable: true, description: '0 to 23.' }) startHourOfDay?: number | null;
  @Field(() => Int, { nullable: true, description: '1 to 24.' }) endHourOfDay?: number | null;
  @Field(() => CallStatus, { nullable: true }) status?: CallStatus | null;
  @Field(() => ID, { nullable: true }) sessionId?: string | null;
}

@InputType('MyCallHistoryFilter')
export class MyCallHistoryFilter {
  @Field(() => TimeRange, { nullable: true }) range?: TimeRange | null;
  @Field(() => String, { nullable: true }) user?: string | null;
  @Field(() => Int, { nullable: true }) minDuration?: number | null;
  @Field(() => Int, { nullable: true }) maxDuration?: number | null;
  @Field(() => Int, { nullable: true }) startHourOfDay?: number | null;
  @Field(() => Int, { nullable: true }) endHourOfDay?: number | null;
  @Field(() => CallStatus, { nullable: true }) status?: CallStatus | null;
  @Field(() => CallDirection, { nullable: true }) direction?: CallDirection | null;
  @Field(() => String, { nullable: true }) destination?: string | null;
}
