import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';

export const SCHEMA_FILE_HEADER =
  '# Generated from the type-graphql classes by `npm run schema:print`. Do not edit by hand:\n' +
  '# a test fails when this file differs from the schema the gateway serves.\n\n';

/** The printed form committed as schema.graphql: sorted, so diffs show real changes only. */
export function printGatewaySchema(schema: GraphQLSchema): string {
  return `${SCHEMA_FILE_HEADER}${printSchema(lexicographicSortSchema(schema))}\n`;
}
