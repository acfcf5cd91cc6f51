// Everything the gateway reads from its environment, parsed and checked once at start-up.
// Every variable here is documented in the README; an invalid value stops the process with a
// message that names the variable rather than misbehaving later.

export interface CacheTtls {
  /** KPIs, timeseries and history whose range reaches the present: they still change. */
  readonly liveMs: number;
  /** Ranges wholly in the past: they change rarely. */
  readonly pastMs: number;
  /** Report jobs and execution logs: short, and mutations invalidate them anyway. */
  readonly reportsMs: number;
  /** The PBX's queue directory: queues and their agents. */
  readonly directoryMs: number;
}

/** How the gateway treats a slow or failing Dataflow. */
export interface UpstreamPolicy {
  /** One attempt's timeout. */
  readonly timeoutMs: number;
  /** One read's deadline, covering every attempt and the waits between them. */
  readonly deadlineMs: number;
  /** Extra attempts for a read after 502/503/504, a timeout or a reset connection; writes get none. */
  readonly retries: number;
  readonly maxSockets: number;
  readonly breaker: {
    /** Percentage of failed calls (in a 10 s window) that opens a function's circuit. */
    readonly errorPercent: number;
    /** Calls in the window before the percentage counts. */
    readonly minCalls: number;
    /** How long an open circuit fails fast before one probe call is let through. */
    readonly resetMs: number;
  };
}

/** Limits on the shape and cost of a query, checked before anything runs. */
export interface QueryLimits {
  /** Estimated upstream requests (see schema/cost.ts); 0 turns the check off. */
  readonly maxCost: number;
  readonly maxDepth: number;
  readonly maxAliases: number;
  readonly maxTokens: number;
  readonly maxDirectives: number;
}

export interface GatewayConfig {
  readonly port: number;
  readonly host: string;
  /** Dataflow base URL ending in /api; undefined only outside production (`npm start` then fronts the simulator). */
  readonly dataflowUrl: string | undefined;
  readonly redisUrl: string | undefined;
  readonly logLevel: string;
  readonly production: boolean;
  readonly introspection: boolean;
  readonly queryLimits: QueryLimits;
  readonly upstream: UpstreamPolicy;
  readonly cacheEnabled: boolean;
  /** Whole responses are cached too, per caller, while every answer they used is fresh. */
  readonly responseCacheEnabled: boolean;
  readonly cacheMaxEntries: number;
  readonly cacheMaxBytes: number;
  readonly cacheTtl: CacheTtls;
  /** How long past its TTL an entry may still be served when Dataflow fails. */
  readonly staleIfErrorMs: number;
  readonly maxBodyBytes: number;
  /** The whole time one GraphQL operation may take, whatever chain of upstream calls it holds. */
  readonly operationDeadlineMs: number;
  /** How long a client may take to send a request's headers, and the whole request. */
  readonly httpHeadersTimeoutMs: number;
  readonly httpRequestTimeoutMs: number;
}

type Env = Record<string, string | undefined>;

class ConfigError extends Error {}

/** An integer variable from min to max; unset or blank gives the fallback. */
export function integerSetting(
  env: Env,
  name: string,
  fallback: number,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${env[name]}"`);
}

function url(env: Env, name: string, protocols: string[]): string | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be a URL, got "${raw}"`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(`${name} must use ${protocols.join(' or ')}, got "${parsed.protocol}"`);
  }
  return raw.replace(/\/+$/, '');
}

export function loadConfig(env: Env = process.env): GatewayConfig {
  const production = env.NODE_ENV === 'production';
  const dataflowUrl = url(env, 'DATAFLOW_URL', ['http:', 'https:']);
  if (production && !dataflowUrl) {
    throw new ConfigError(
      'DATAFLOW_URL must be set in production (NODE_ENV=production): the Dataflow base URL, e.g. https://pbx.example.com/api',
    );
  }
  const seconds = (name: string, fallback: number): number => integerSetting(env, name, fallback, 0) * 1000;
  const httpRequestTimeoutMs = integerSetting(env, 'HTTP_REQUEST_TIMEOUT_MS', 10_000, 100);
  const httpHeadersTimeoutMs = integerSetting(
    env,
    'HTTP_HEADERS_TIMEOUT_MS',
    Math.min(5_000, httpRequestTimeoutMs),
    100,
    httpRequestTimeoutMs,
  );
  return {
    port: integerSetting(env, 'PORT', 4000, 0, 65535),
    host: env.HOST?.trim() || '0.0.0.0',
    dataflowUrl,
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']),
    logLevel: env.LOG_LEVEL?.trim() || 'info',
    production,
    introspection: boolean(env, 'INTROSPECTION', true),
    queryLimits: {
      maxCost: integerSetting(env, 'QUERY_MAX_COST', 2000, 0),
      maxDepth: integerSetting(env, 'QUERY_MAX_DEPTH', 12, 1),
      maxAliases: integerSetting(env, 'QUERY_MAX_ALIASES', 50, 1),
      maxTokens: integerSetting(env, 'QUERY_MAX_TOKENS', 5000, 1),
      maxDirectives: integerSetting(env, 'QUERY_MAX_DIRECTIVES', 20, 1),
    },
    upstream: {
      timeoutMs: integerSetting(env, 'UPSTREAM_TIMEOUT_MS', 10_000, 1),
      deadlineMs: integerSetting(env, 'UPSTREAM_DEADLINE_MS', 10_000, 1),
      retries: integerSetting(env, 'UPSTREAM_RETRIES', 2, 0, 10),
      // Room for a page of 100 rows' details in one wave, beside the page and other operations.
      maxSockets: integerSetting(env, 'UPSTREAM_MAX_CONNECTIONS', 128, 1),
      breaker: {
        errorPercent: integerSetting(env, 'UPSTREAM_BREAKER_ERROR_PERCENT', 50, 1, 100),
        minCalls: integerSetting(env, 'UPSTREAM_BREAKER_MIN_CALLS', 10, 1),
        resetMs: integerSetting(env, 'UPSTREAM_BREAKER_RESET_MS', 10_000, 1),
      },
    },
    cacheEnabled: boolean(env, 'CACHE_ENABLED', true),
    responseCacheEnabled: boolean(env, 'CACHE_RESPONSES', true),
    cacheMaxEntries: integerSetting(env, 'CACHE_MAX_ENTRIES', 50_000, 1),
    cacheMaxBytes: integerSetting(env, 'CACHE_MAX_MB', 16, 1) * 1024 * 1024,
    cacheTtl: {
      liveMs: seconds('CACHE_TTL_LIVE_SECONDS', 15),
      pastMs: seconds('CACHE_TTL_PAST_SECONDS', 300),
      reportsMs: seconds('CACHE_TTL_REPORTS_SECONDS', 10),
      directoryMs: seconds('CACHE_TTL_DIRECTORY_SECONDS', 300),
    },
    staleIfErrorMs: seconds('CACHE_STALE_IF_ERROR_SECONDS', 300),
    maxBodyBytes: integerSetting(env, 'MAX_BODY_BYTES', 1024 * 1024, 1024),
    operationDeadlineMs: integerSetting(env, 'OPERATION_DEADLINE_MS', 10_000, 1),
    httpHeadersTimeoutMs,
    httpRequestTimeoutMs,
  };
}

export { ConfigError };
