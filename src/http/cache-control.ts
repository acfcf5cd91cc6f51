/**
 * What `Cache-Control` says of a GraphQL response that may be kept `seconds` more (it is the
 * caller's own: private), or of one that may not be kept at all.
 */
export function cacheControl(seconds: number | undefined): string {
  return seconds === undefined ? 'no-store' : `private, max-age=${seconds}`;
}
