/**
 * Every `extensions.code` a client can receive, from the gateway or from Apollo and graphql-js
 * on its behalf. Clients switch on these; no code is written anywhere as a bare string.
 */
export enum ErrorCode {
  /** The body is not JSON or lacks a query, a browser-sendable request without a preflight (CSRF), a wrong method, accept or content type, a persisted query that does not match. */
  BAD_REQUEST = 'BAD_REQUEST',
  /** The body exceeds MAX_BODY_BYTES. */
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  /** The document is not GraphQL, has too many tokens, or nests too deep. */
  GRAPHQL_PARSE_FAILED = 'GRAPHQL_PARSE_FAILED',
  /** The document does not fit the schema, or exceeds the depth, alias or directive limit. */
  GRAPHQL_VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED',
  /** operationName names no operation of the document, or several and none is named. */
  OPERATION_RESOLUTION_FAILURE = 'OPERATION_RESOLUTION_FAILURE',
  /** An automatic persisted query this instance does not know: send it again with its text. */
  PERSISTED_QUERY_NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND',
  /** Persisted queries are off (Apollo's code; this gateway keeps them on). */
  PERSISTED_QUERY_NOT_SUPPORTED = 'PERSISTED_QUERY_NOT_SUPPORTED',
  /** The query would cause more upstream requests than the gateway allows one operation. */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** The query's input breaks the contract or a documented Dataflow limit; nothing was sent upstream. */
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  /** No Authorization header, or Dataflow answered 401. */
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  /** Dataflow answered 403: the token lacks the permission. */
  FORBIDDEN = 'FORBIDDEN',
  /** The resource to change does not exist, or the path is not served. */
  NOT_FOUND = 'NOT_FOUND',
  /** Dataflow answered 5xx or 429, timed out, could not be reached, or the operation's time was up. */
  UPSTREAM_UNAVAILABLE = 'UPSTREAM_UNAVAILABLE',
  /** Dataflow answered something the gateway cannot use (malformed JSON, an unexpected status). */
  UPSTREAM_ERROR = 'UPSTREAM_ERROR',
  /** Anything else: the client sees no detail, the log has it. */
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** Codes of requests refused before execution by Apollo or graphql-js: safe to show as they are. */
export const REQUEST_CODES: ReadonlySet<string> = new Set([
  ErrorCode.GRAPHQL_PARSE_FAILED,
  ErrorCode.GRAPHQL_VALIDATION_FAILED,
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.BAD_REQUEST,
  ErrorCode.OPERATION_RESOLUTION_FAILURE,
  ErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
]);
