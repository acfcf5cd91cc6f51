import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CallDirection, CallParty, CallStatus } from '../domain/enums.js';
import type { CallLegRecord, CallSessionRecord, HistorySource } from '../domain/models.js';
import { connectionType } from './connection.type.js';
import { DateTimeScalar } from './scalars/date-time.scalar.js';

@ObjectType('CallSession', {
  description: 'One call, as a row of call history. The 64-bit session id is carried as a string, digit for digit.',
})
export class CallSession implements CallSessionRecord {
  @Field(() => ID) sessionId!: string;
  @Field(() => String, { nullable: true }) from!: string | null;
  @Field(() => String, { nullable: true }) fromDisplayName!: string | null;
  @Field(() => String, { nullable: true }) to!: string | null;
  @Field(() => String, { nullable: true }) toDisplayName!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) startTime!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) endTime!: string | null;
  @Field(() => Int, { nullable: true, description: 'Seconds.' }) duration!: number | null;
  @Field(() => CallStatus) status!: CallStatus;
  @Field(() => CallDirection, { nullable: true }) direction!: CallDirection | null;
  @Field(() => String, { nullable: true, description: 'Only on rows of myCallHistory.' }) user!: string | null;
  @Field(() => CallParty, { nullable: true }) party!: CallParty | null;
  @Field(() => String, { nullable: true }) destination!: string | null;

  /** Which history function the row came from: its details come from the matching one. */
  source!: HistorySource;
}

@ObjectType('CallLeg')
export class CallLeg implements CallLegRecord {
  @Field(() => String, { nullable: true }) callId!: string | null;
  @Field(() => String, { nullable: true }) caller!: string | null;
  @Field(() => String, { nullable: true }) callerDisplayName!: string | null;
  @Field(() => String, { nullable: true }) callee!: string | null;
  @Field(() => String, { nullable: true }) calleeDisplayName!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) startedAt!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) rangAt!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) answeredAt!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) endedAt!: string | null;
  @Field(() => CallDirection, { nullable: true }) direction!: CallDirection | null;
  @Field(() => String, { nullable: true }) endReason!: string | null;
  @Field(() => String, { nullable: true }) rerouteReason!: string | null;
  @Field(() => Int, { nullable: true }) statusCode!: number | null;
  @Field(() => String, { nullable: true }) destination!: string | null;
  @Field(() => String, { nullable: true }) trunk!: string | null;
  @Field(() => String, { nullable: true }) queue!: string | null;
  @Field(() => String, { nullable: true }) agent!: string | null;
  @Field(() => Int, { nullable: true, description: 'Seconds.' }) duration!: number | null;
}

export const CallSessionConnection = connectionType(
  CallSession,
  'CallSession',
  'Asked of Dataflow only when selected.',
);
