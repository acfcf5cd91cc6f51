import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { QueryLimits } from '../config/config.js';

/**
 * graphql-armor's generic limits: depth, aliases and directives. Its cost limit is off (it
 * cannot tell a field that fans out upstream from a plain one; see use-query-cost.ts), and so is
 * its token limit, which fails from a parsing hook as a 500: graphql-js's own `maxTokens` parse
 * option (see server.ts) refuses the same documents as a 400 parse error.
 * Field suggestions ("Did you mean …?") stay while introspection is on: they reveal nothing an
 * analyst could not read in the schema anyway.
 */
export function armorProtection(limits: QueryLimits, introspection: boolean) {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: limits.maxDepth },
    maxAliases: { n: limits.maxAliases },
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: !introspection },
  }).protect();
  return { plugins, validationRules };
}
