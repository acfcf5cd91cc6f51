import { hash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { type GraphQLSchema, printSchema } from 'graphql';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { createSharedCache } from './cache/create-shared-cache.js';
import type { SharedCache } from './cache/shared-cache.js';
import { CachePolicy } from './cache/cache-policy.js';
import { ResponseCache } from './cache/response-cache.js';
import { SingleFlight } from './cache/single-flight.js';
import { type Clock, systemClock } from './clock.js';
import type { GatewayConfig } from './config/config.js';
import { type ContextDeps, createContext, type GatewayContext } from './context.js';
import { DataflowHttpClient } from './datasources/transport/http-client.js';
import { ErrorCode } from './errors/error-code.js';
import { createFormatError } from './errors/format-error.js';
import { drain } from './http/drain.js';
import { createGraphQLHandler } from './http/graphql-handler.js';
import { sendHealth, sendReadiness } from './http/health.js';
import { LandingRoutes } from './http/landing/landing-routes.js';
import { requestIdOf } from './http/request-id.js';
import { sendRequestError } from './http/respond.js';
import type { Logger } from './logging/logger.js';
import { OperationLog } from './logging/operation-log.js';
import { useInputErrorPaths } from './plugins/use-input-error-paths.js';
import { armorProtection } from './plugins/armor.js';
import { costCheck } from './plugins/checks/cost.check.js';
import { credentialsCheck } from './plugins/checks/credentials.check.js';
import { inputCheck } from './plugins/checks/input.check.js';
import { useOperationChecks } from './plugins/use-operation-checks.js';
import { useOperationLog } from './plugins/use-operation-log.js';
import { useReportedErrors } from './plugins/use-reported-errors.js';
import { useResponseFreshness } from './plugins/use-response-freshness.js';
import { useStaleNotice } from './plugins/use-stale-notice.js';
import { buildGatewaySchema } from './build-schema.js';
import { KnownOperationTypes } from './validation/known-operation-types.js';

export const GRAPHQL_PATH = '/graphql';
const READINESS_TIMEOUT_MS = 2000;
/** Requests in flight get this long to finish when the gateway stops. */
const SHUTDOWN_DEADLINE_MS = 10_000;

export interface GatewayOptions {
  readonly config: GatewayConfig;
  /** Dataflow's base URL (…/api): the configured one, or, under `npm start`, the simulator's. */
  readonly dataflowUrl: string;
  readonly logger: Logger;
  /** Headers preset in the query editor (`npm start` presets the simulator's demo token). */
  readonly editorHeaders?: Readonly<Record<string, string>>;
  /** A cache to use instead of the configured one (tests share one between instances). */
  readonly cache?: SharedCache;
  /** The time every cache rule reads; tests move a fake one. */
  readonly clock?: Clock;
}

export interface RunningGateway {
  readonly url: string;
  readonly port: number;
  readonly server: Server;
  stop(): Promise<void>;
}

/** Plugins in order; a falsy entry is skipped, so an optional feature is one line. */
type Plugin = ApolloServerPlugin<GatewayContext>;

function plugins(...list: Array<Plugin | false | undefined>): Plugin[] {
  return list.filter((plugin): plugin is Plugin => !!plugin);
}

/** A digest of what, besides a request, decides its answer: the schema and the query limits. */
function answersShapedBy(schema: GraphQLSchema, config: GatewayConfig): string {
  const settings = JSON.stringify({ limits: config.queryLimits, introspection: config.introspection });
  return hash('sha256', `${printSchema(schema)}\n${settings}`, 'base64url');
}

/** Assembles the gateway and listens on config.port (0: an ephemeral port). */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const { config, logger } = options;
  const clock = options.clock ?? systemClock;
  const transport = new DataflowHttpClient(options.dataflowUrl, config.upstream, logger);
  const policy = new CachePolicy(config.cacheTtl, config.cacheEnabled, config.staleIfErrorMs);
  const cache = options.cache ?? (await createSharedCache(config, policy, clock, logger));
  const contextDeps: ContextDeps = {
    transport,
    cache,
    inFlight: new SingleFlight(),
    policy,
    clock,
    operationDeadlineMs: config.operationDeadlineMs,
  };

  const schema = await buildGatewaySchema();
  const armor = armorProtection(config.queryLimits);
  const operationLog = new OperationLog(logger);
  const formatError = createFormatError(logger, {
    includeStack: !config.production,
    hideSuggestions: !config.introspection,
  });
  const apollo = new ApolloServer<GatewayContext>({
    schema,
    validationRules: [...armor.validationRules, KnownOperationTypes],
    parseOptions: { maxTokens: config.queryLimits.maxTokens },
    introspection: config.introspection,
    includeStacktraceInErrorResponses: !config.production,
    formatError,
    // lifecycle.ts owns shutdown (HTTP drain, then Apollo, then whatever it fronts); Apollo's own
    // signal handlers would race it.
    stopOnTerminationSignals: false,
    plugins: plugins(
      // First: what it decides, the log line and the response cache read.
      useResponseFreshness(),
      useOperationLog(operationLog),
      useStaleNotice(),
      useReportedErrors(formatError),
      ...(armor.plugins as Plugin[]),
      // In this order: a client's input mistake is told before a missing token, and the cost
      // is estimated only from input that fits.
      useOperationChecks(
        inputCheck(),
        credentialsCheck,
        config.queryLimits.maxCost > 0 && costCheck(schema, config.queryLimits.maxCost),
      ),
      useInputErrorPaths(),
      // The gateway serves its own offline GraphiQL page instead of Apollo's CDN-hosted one.
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP cache hints are set; the plugin would still wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      // Not a federated subgraph; Apollo would otherwise load its protobuf tracing tables to check.
      ApolloServerPluginInlineTraceDisabled(),
    ),
  });
  await apollo.start();

  const landing = new LandingRoutes({ endpoint: GRAPHQL_PATH, defaultHeaders: options.editorHeaders }, clock);
  const handleGraphQL = createGraphQLHandler({
    apollo,
    limits: { maxBodyBytes: config.maxBodyBytes, maxTokens: config.queryLimits.maxTokens },
    responses:
      config.cacheEnabled && config.responseCacheEnabled
        ? new ResponseCache(cache, clock, answersShapedBy(schema, config))
        : undefined,
    operationLog,
    context: (request: IncomingMessage, requestId: string) =>
      createContext(contextDeps, {
        authorization: request.headers.authorization,
        requestId,
        logger: logger.child({ requestId }),
      }),
  });

  const route = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const requestId = requestIdOf(request.headers);
    response.setHeader('x-request-id', requestId);
    const url = request.url ?? '/';
    const queryAt = url.indexOf('?');
    const path = queryAt === -1 ? url : url.slice(0, queryAt);
    const search = queryAt === -1 ? '' : url.slice(queryAt);

    if (path === '/healthz') return sendHealth(response);
    if (path === '/readyz') return sendReadiness(response, () => transport.reachable(READINESS_TIMEOUT_MS));
    if (path === GRAPHQL_PATH || path === `${GRAPHQL_PATH}/`) {
      if (landing.wantsPage(request, search)) return landing.sendPage(response);
      return handleGraphQL(request, response, search, requestId);
    }
    if (request.method === 'GET' && landing.sendAsset(request, response, path)) return;
    sendRequestError(response, 404, ErrorCode.NOT_FOUND, `Nothing here; the GraphQL endpoint is ${GRAPHQL_PATH}`);
  };

  const server = createServer(
    {
      // A client that sends its headers or body slowly is cut off with a 408, in seconds: the
      // defaults (60 s, 300 s, checked every 30 s) let a slow sender hold a connection for minutes.
      headersTimeout: config.httpHeadersTimeoutMs,
      requestTimeout: config.httpRequestTimeoutMs,
      connectionsCheckingInterval: Math.min(1000, config.httpHeadersTimeoutMs),
    },
    (request, response) => {
      route(request, response).catch((error: unknown) => {
        logger.error({ err: error }, 'request failed outside GraphQL');
        if (!response.headersSent)
          sendRequestError(response, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
        else response.destroy();
      });
    },
  );
  // Behind a load balancer keep-alive connections must outlive its idle timeout.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;

  return {
    url: `http://${host}:${port}${GRAPHQL_PATH}`,
    port,
    server,
    async stop() {
      await drain(server, SHUTDOWN_DEADLINE_MS);
      await apollo.stop();
      transport.close();
      if (!options.cache) await cache.close();
    },
  };
}
