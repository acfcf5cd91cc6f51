import type { IncomingMessage } from 'node:http';
import { ErrorCode } from '../errors/error-code.js';
import { MAX_JSON_DEPTH } from '../json/json-depth.js';
import { JsonTooDeepError, parseJsonKeepingDigits } from '../json/lossless-json.js';
import { documentNestsDeeperThan, MAX_DOCUMENT_NESTING } from '../validation/document-nesting.js';
import { BodyAbandonedError, BodyTooLargeError, readBody } from './read-body.js';

/**
 * Deeper bodies are refused before anything walks them. Variables sit two levels down and may
 * nest MAX_JSON_DEPTH themselves (checked with a message naming the variable); this bound only
 * keeps the recursive 64-bit-exact parser within its stack.
 */
const MAX_BODY_DEPTH = 2 * MAX_JSON_DEPTH;

/** A request refused before Apollo sees it, answered as a GraphQL error. */
export interface Refusal {
  readonly status: number;
  readonly code: ErrorCode;
  readonly message: string;
}

export type IncomingGraphQL =
  | { readonly kind: 'request'; readonly body: unknown }
  | { readonly kind: 'refused'; readonly refusal: Refusal }
  /** The client went away, or the server cut it off for sending too slowly (408 already sent). */
  | { readonly kind: 'abandoned' };

const refused = (status: number, code: ErrorCode, message: string): Extract<IncomingGraphQL, { kind: 'refused' }> => ({
  kind: 'refused',
  refusal: { status, code, message },
});

function documentOf(body: unknown, search: string): unknown {
  if (body !== null && typeof body === 'object' && 'query' in body) return body.query;
  return search ? new URLSearchParams(search).get('query') : undefined;
}

export interface RequestLimits {
  readonly maxBodyBytes: number;
  /** QUERY_MAX_TOKENS: the document is read no further than the parser would. */
  readonly maxTokens: number;
}

/** A request's body as text (undefined for a GET), read within the size limit. */
export type ReceivedBody =
  { readonly kind: 'received'; readonly text: string | undefined } | Exclude<IncomingGraphQL, { kind: 'request' }>;

export async function receiveBody(request: IncomingMessage, maxBodyBytes: number): Promise<ReceivedBody> {
  if (request.method !== 'POST') return { kind: 'received', text: undefined };
  try {
    return { kind: 'received', text: await readBody(request, maxBodyBytes) };
  } catch (error) {
    if (error instanceof BodyTooLargeError)
      return refused(413, ErrorCode.PAYLOAD_TOO_LARGE, `The request body exceeds ${maxBodyBytes} bytes`);
    if (error instanceof BodyAbandonedError) return { kind: 'abandoned' };
    throw error;
  }
}

/**
 * Checks what must be checked of a received body before Apollo parses anything: that it is JSON
 * no deeper than a bound, and that its document does not nest deeper than graphql-js's recursive
 * parser can take (validation/document-nesting.ts). 64-bit integers a client sends as bare
 * numbers arrive as digit strings, which ID accepts.
 */
export function parseGraphQLRequest(
  request: IncomingMessage,
  text: string | undefined,
  search: string,
  limits: RequestLimits,
): Exclude<IncomingGraphQL, { kind: 'abandoned' }> {
  let body: unknown;
  if (text !== undefined) {
    try {
      const json = (request.headers['content-type'] ?? '').includes('json') && text !== '';
      body = json ? parseJsonKeepingDigits(text, MAX_BODY_DEPTH) : text;
    } catch (error) {
      if (error instanceof JsonTooDeepError) {
        return refused(
          400,
          ErrorCode.BAD_USER_INPUT,
          `The request body nests deeper than ${error.maxDepth} levels; no variable of this schema needs more than ${MAX_JSON_DEPTH}`,
        );
      }
      if (error instanceof SyntaxError)
        return refused(400, ErrorCode.BAD_REQUEST, 'The request body is not valid JSON');
      throw error;
    }
  }
  const document = documentOf(body, search);
  if (typeof document === 'string' && documentNestsDeeperThan(document, MAX_DOCUMENT_NESTING, limits.maxTokens)) {
    return refused(
      400,
      ErrorCode.GRAPHQL_PARSE_FAILED,
      `Syntax Error: the document nests braces, brackets and parentheses deeper than ${MAX_DOCUMENT_NESTING} levels.`,
    );
  }
  return { kind: 'request', body };
}
