import { callArguments } from './call.arguments.js';
import { queueArguments } from './queue.arguments.js';
import { reportArguments } from './report.arguments.js';

/** A field's schema coordinate, `Type.field`. */
export type Coordinate = `${string}.${string}`;

/** Checks a field's coerced arguments; throws the first problem as BAD_USER_INPUT. */
export type ArgumentRule = (args: Record<string, unknown>) => unknown;

/**
 * Every field's argument checks by schema coordinate (`Type.field`): the same functions the
 * resolvers call, applied to the whole operation before it runs, so that a mistake in a nested
 * field is refused before its parent's upstream call, and a mutation is refused before the
 * first of its writes. A test proves every field with arguments has its rule.
 */
export const ARGUMENT_RULES: Readonly<Record<string, ArgumentRule>> = {
  ...queueArguments,
  ...callArguments,
  ...reportArguments,
  // Each rule declares the arguments it reads; the schema decides what it is given, and a test
  // runs every rule on arguments made from the schema.
} as unknown as Record<string, ArgumentRule>;
