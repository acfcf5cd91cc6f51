import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { AgentKpiRecord, AgentPointRecord } from '../domain/models.js';
import { DateTimeScalar } from './scalars/date-time.scalar.js';

@ObjectType('Agent', { description: 'An agent as a member of one queue.' })
export class Agent {
  @Field(() => String)
  number!: string;

  /** The queue this agent is seen in. */
  queueNumber!: string;

  /** Known when the agent came from the directory; undefined means "look it up". */
  displayName?: string | null;
}

@ObjectType('AgentKpi')
export class AgentKpi implements AgentKpiRecord {
  @Field(() => Int) answeredCalls!: number;
  @Field(() => Int) missedCalls!: number;
  @Field(() => Int) transferredCalls!: number;
  @Field(() => Int, { description: 'Seconds.' }) totalTalkTime!: number;
  @Field(() => Float) avgTalkTime!: number;
  @Field(() => Int) longestTalkTime!: number;
  @Field(() => Int) loggedInTime!: number;
  @Field(() => Int) readyTime!: number;
  @Field(() => Int) notReadyTime!: number;
}

@ObjectType('AgentPoint')
export class AgentPoint implements AgentPointRecord {
  @Field(() => DateTimeScalar) time!: string;
  @Field(() => Int) answeredCalls!: number;
  @Field(() => Int) missedCalls!: number;
  @Field(() => Int) totalTalkTime!: number;
  @Field(() => Float) avgTalkTime!: number;
}
