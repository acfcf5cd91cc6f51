import type { ServerResponse } from 'node:http';

/** How long a response stays true, for the caller who asked; undefined when it may not be kept. */
export interface Freshness {
  readonly seconds: number;
  /** Made of answers the caller's own writes change: a browser must ask again before reusing it. */
  readonly changeable: boolean;
}

/**
 * What `Cache-Control` says of a GraphQL response: `no-store` when it may not be kept; else it
 * is the caller's own (`private`), kept `max-age` seconds, or asked for again each time
 * (`no-cache`) when a write of the caller's could change it first.
 */
export function cacheControl(freshness: Freshness | undefined): string {
  if (freshness === undefined) return 'no-store';
  return freshness.changeable ? 'private, no-cache' : `private, max-age=${freshness.seconds}`;
}

/**
 * Sets Cache-Control, and for a response a browser may keep, `Vary` on what decides it: a
 * browser keys its cache by URL, so without it the next person signed in on the same browser
 * could be shown the last one's answer to the same GET.
 */
export function setCacheHeaders(response: ServerResponse, freshness: Freshness | undefined): void {
  response.setHeader('cache-control', cacheControl(freshness));
  if (freshness !== undefined) response.setHeader('vary', 'Authorization, Accept');
}
