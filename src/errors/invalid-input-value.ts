/**
 * Thrown by custom scalars on bad input. Deliberately not a GraphQLError: graphql-js then wraps
 * it with the value's location (and, for variables, its path), and the gateway reports it as
 * BAD_USER_INPUT.
 */
export class InvalidInputValue extends Error {}
