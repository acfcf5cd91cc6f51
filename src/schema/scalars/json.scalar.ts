import { GraphQLJSON } from 'graphql-scalars';

/** Any JSON value (report job params). Dataflow's 64-bit numbers arrive here as digit strings. */
export const JsonScalar = GraphQLJSON;
