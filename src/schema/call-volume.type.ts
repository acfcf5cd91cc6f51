import { Field, Int, ObjectType } from 'type-graphql';
import type { CallVolumePointRecord } from '../domain/models.js';
import { DateTimeScalar } from './scalars/date-time.scalar.js';

@ObjectType('CallVolumePoint')
export class CallVolumePoint implements CallVolumePointRecord {
  @Field(() => DateTimeScalar) time!: string;
  @Field(() => Int) total!: number;
  @Field(() => Int) answered!: number;
  @Field(() => Int) notAnswered!: number;
}
