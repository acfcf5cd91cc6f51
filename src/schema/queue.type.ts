import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { QueueKpiRecord, QueuePointRecord } from '../domain/models.js';
import { DateTimeScalar } from './scalars/date-time.scalar.js';

@ObjectType('Queue', { description: "A call queue. Numbers are the PBX's queue extension numbers, e.g. 8000." })
export class Queue {
  @Field(() => String)
  number!: string;

  /** Known when the queue came from the directory; otherwise looked up on demand. */
  name?: string | null;
}

@ObjectType('QueueKpi')
export class QueueKpi implements QueueKpiRecord {
  @Field(() => Int) totalCalls!: number;
  @Field(() => Int) answeredCalls!: number;
  @Field(() => Int) abandonedCalls!: number;
  @Field(() => Int) waitingCalls!: number;
  @Field(() => Int, { description: 'Seconds.' }) longestWaitingTime!: number;
  @Field(() => Float, { description: 'Seconds.' }) avgWaitingTime!: number;
  @Field(() => Float, { description: 'Seconds.' }) avgTalkTime!: number;
  @Field(() => Float, { description: 'Percent, 0 to 100.' }) serviceLevel!: number;
  @Field(() => Float) answerRate!: number;
  @Field(() => Float) abandonRate!: number;
  @Field(() => Int) loggedInAgents!: number;
  @Field(() => Int) availableAgents!: number;
  @Field(() => Int) busyAgents!: number;
}

@ObjectType('QueuePoint')
export class QueuePoint implements QueuePointRecord {
  @Field(() => DateTimeScalar) time!: string;
  @Field(() => Int) totalCalls!: number;
  @Field(() => Int) answeredCalls!: number;
  @Field(() => Int) abandonedCalls!: number;
  @Field(() => Float) avgWaitingTime!: number;
  @Field(() => Float) avgTalkTime!: number;
  @Field(() => Float) serviceLevel!: number;
}
