import { hash } from 'node:crypto';

/**
 * Bump when the shape of cached values changes, so a new release never reads an old entry
 * (instances of two releases may share one Redis during a rolling deploy).
 */
export const CACHE_SCHEMA_VERSION = 'v5';

/**
 * The caller's cache scope: a SHA-256 of the whole Authorization header. Entries are only
 * ever shared between requests carrying the same header, and the raw token is never a key.
 */
export function callerScope(authorization: string): string {
  return hash('sha256', authorization, 'base64url');
}

/**
 * Data that mutations invalidate together, per caller. `responses`: whole responses
 * (response-cache.ts), which every write of the caller invalidates.
 */
export type CacheGroup = 'reportJobs' | 'reportExecutions' | 'responses';

export function entryKey(scope: string, operation: string, digest: string, generation?: string): string {
  return generation === undefined
    ? `${CACHE_SCHEMA_VERSION}:${scope}:${operation}:${digest}`
    : `${CACHE_SCHEMA_VERSION}:${scope}:${operation}:g${generation}:${digest}`;
}

export function generationKey(scope: string, group: CacheGroup): string {
  return `${CACHE_SCHEMA_VERSION}:${scope}:generation:${group}`;
}
