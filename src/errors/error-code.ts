/** Every `extensions.code` the gateway puts on an error it makes. Clients switch on these. */
export enum ErrorCode {
  /** The query would cause more upstream requests than the gateway allows one operation. */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** The query's input breaks the contract or a documented Dataflow limit; nothing was sent upstream. */
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  /** No Authorization header, or Dataflow answered 401. */
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  /** Dataflow answered 403: the token lacks the permission. */
  FORBIDDEN = 'FORBIDDEN',
  /** The resource to change does not exist. */
  NOT_FOUND = 'NOT_FOUND',
  /** Dataflow answered 5xx, timed out, or could not be reached. */
  UPSTREAM_UNAVAILABLE = 'UPSTREAM_UNAVAILABLE',
  /** Dataflow answered something the gateway cannot use (malformed JSON, an unexpected status). */
  UPSTREAM_ERROR = 'UPSTREAM_ERROR',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}
