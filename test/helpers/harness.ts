import { Writable } from 'node:stream';
import type { SharedCache } from '../../src/cache/shared-cache.js';
import { type GatewayConfig, loadConfig } from '../../src/config/config.js';
import { createLogger } from '../../src/logging/logger.js';
import { type RunningGateway, startGateway } from '../../src/server.js';
import { type DataflowSimulator, type SimulatorOptions, startSimulator } from '../../simulator/index.js';

/** The instant every deterministic test lives at: a Saturday afternoon in UTC. */
export const FIXED_NOW = Date.parse('2026-11-28T15:30:00Z');
export const DEMO_TOKEN = 'Bearer test-token-alpha';

export interface GraphQLReply<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: {
    data?: T | null;
    errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
    extensions?: Record<string, unknown>;
  };
}

export interface QueryOptions {
  /** The Authorization header; null sends none. Defaults to DEMO_TOKEN. */
  authorization?: string | null;
  headers?: Record<string, string>;
  operationName?: string;
}

export interface Harness {
  readonly simulator: DataflowSimulator;
  readonly gateway: RunningGateway;
  readonly url: string;
  /** Every log line the gateway wrote, parsed. */
  readonly logs: Array<Record<string, unknown>>;
  /** The raw log text, to search for secrets. */
  rawLogs(): string;
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: QueryOptions,
  ): Promise<GraphQLReply<T>>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  env?: Record<string, string>;
  config?: Partial<GatewayConfig>;
  simulator?: SimulatorOptions;
  /** Use a running simulator instead of starting one. */
  existingSimulator?: DataflowSimulator;
  /** Reach Dataflow here instead of at the simulator's own URL (through a proxy, say). */
  dataflowUrl?: string;
  cache?: SharedCache;
  now?: () => number;
}

/** The simulator and the gateway on ephemeral ports, speaking real HTTP, logs captured. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const now = options.now ?? (() => FIXED_NOW);
  const simulator = options.existingSimulator ?? (await startSimulator({ now, ...options.simulator }));
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const config: GatewayConfig = {
    ...loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'debug',
      DATAFLOW_URL: options.dataflowUrl ?? simulator.url,
      ...options.env,
    }),
    ...options.config,
  };
  const gateway = await startGateway({
    config,
    dataflowUrl: options.dataflowUrl ?? simulator.url,
    logger: createLogger(config.logLevel, sink),
    cache: options.cache,
    clock: { now },
  });
  return {
    simulator,
    gateway,
    url: gateway.url,
    get logs() {
      return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    },
    rawLogs: () => lines.join('\n'),
    async query(query, variables, queryOptions = {}) {
      const authorization = queryOptions.authorization === undefined ? DEMO_TOKEN : queryOptions.authorization;
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(authorization ? { authorization } : {}),
          ...queryOptions.headers,
        },
        body: JSON.stringify({ query, variables, operationName: queryOptions.operationName }),
      });
      return {
        status: response.status,
        headers: response.headers,
        body: (await response.json()) as GraphQLReply<never>['body'],
      };
    },
    async close() {
      await gateway.stop();
      if (!options.existingSimulator) await simulator.close();
    },
  };
}

/** The query string of the last request Dataflow received for a function. */
export function upstreamQuery(harness: Harness, operationId: string): Record<string, string> {
  return harness.simulator.requests.filter((request) => request.operationId === operationId).at(-1)!.query;
}
