import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { QueryLimits } from '../config/config.js';

/**
 * graphql-armor's generic limits: depth, aliases and directives. Its cost limit is off (it
 * cannot tell a field that fans out upstream from a plain one; see checks/cost.check.ts), and so is
 * its token limit, which fails from a parsing hook as a 500: graphql-js's own `maxTokens` parse
 * option (see server.ts) refuses the same documents as a 400 parse error.
 * Every alias counts, `__typename` too: armor's default allow-list lets 500 of them through.
 * Suggestions ("Did you mean …?") are hidden by the error formatter, which sees every message;
 * armor's own filter misses enum values and input fields.
 */
export function armorProtection(limits: QueryLimits) {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: limits.maxDepth },
    maxAliases: { n: limits.maxAliases, allowList: [] },
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return { plugins, validationRules };
}
