import { ArgsType, Field, Int } from 'type-graphql';

/** `first` and `after` of a connection; the contract allows first from 1 to 1000. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 50 })
  first!: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

/** A job's executions come 20 to a page unless asked otherwise. */
@ArgsType()
export class ExecutionPageArgs extends PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20 })
  override first: number | null = 20;
}
