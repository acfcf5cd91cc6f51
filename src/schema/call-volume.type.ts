import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from './scalars/date-time.scalar.js';

@ObjectType('CallVolumePoint')
export class CallVolumePoint {
  @Field(() => DateTimeScalar) time!: string;
  @Field(() => Int) total!: number;
  @Field(() => Int) answered!: number;
  @Field(() => Int) notAnswered!: number;
}
