import { ArgsType, Field, Int } from 'type-graphql';

/** Rows of a page when `first` is left out (or null). */
export const DEFAULT_FIRST = 50;
/** A job's executions come 20 to a page unless asked otherwise. */
export const DEFAULT_EXECUTIONS_FIRST = 20;

/** `first` and `after` of a connection; the contract allows first from 1 to 1000. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_FIRST })
  first!: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ArgsType()
export class ExecutionPageArgs extends PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_EXECUTIONS_FIRST })
  override first: number | null = DEFAULT_EXECUTIONS_FIRST;
}
