import { GraphQLError, Lexer, Source, TokenKind } from 'graphql';

/**
 * Most levels of `{`, `[` and `(` a document may nest. The depth limit (QUERY_MAX_DEPTH) counts
 * fields only after parsing, and graphql-js parses by recursion: a document of a few thousand
 * nested brackets, well within the token limit, overflows its stack. This bound is far above
 * anything the schema can use (fields 12 deep, a JSON literal 32).
 */
export const MAX_DOCUMENT_NESTING = 64;

const OPENING = new Set<string>([TokenKind.BRACE_L, TokenKind.BRACKET_L, TokenKind.PAREN_L]);
const CLOSING = new Set<string>([TokenKind.BRACE_R, TokenKind.BRACKET_R, TokenKind.PAREN_R]);

/**
 * Whether the document nests deeper than `maxNesting`, read with graphql-js's own lexer
 * (iterative), so strings, block strings and comments count as they will when parsed. Reading
 * stops after `maxTokens` tokens: the parser refuses such a document at that point anyway, and a
 * megabyte of tokens would otherwise cost every request that sends one. Lexical errors are left
 * for the parser to report too.
 */
export function documentNestsDeeperThan(source: string, maxNesting: number, maxTokens: number): boolean {
  const lexer = new Lexer(new Source(source));
  let depth = 0;
  try {
    let token = lexer.advance();
    for (let count = 1; token.kind !== TokenKind.EOF && count <= maxTokens; count += 1, token = lexer.advance()) {
      if (OPENING.has(token.kind) && ++depth > maxNesting) return true;
      if (CLOSING.has(token.kind)) depth -= 1;
    }
  } catch (error) {
    if (error instanceof GraphQLError) return false;
    throw error;
  }
  return false;
}
