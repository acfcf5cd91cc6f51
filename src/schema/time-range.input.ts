import { Field, InputType } from 'type-graphql';
import type { DateTimeValue } from '../domain/date-time.js';
import { DateTimeScalar } from './scalars/date-time.scalar.js';

@InputType('TimeRange', { description: 'A window of time; end must be after start.' })
export class TimeRange {
  @Field(() => DateTimeScalar)
  start!: DateTimeValue;

  @Field(() => DateTimeScalar)
  end!: DateTimeValue;
}
