import { ConfigError, type GatewayConfig } from './config/config.js';
import type { Logger } from './logging/logger.js';
import { startGateway } from './server.js';

/** Longer than the HTTP drain's deadline (10 s), so a clean stop always gets to finish. */
const SHUTDOWN_LIMIT_MS = 15_000;

/** What the gateway fronts. */
export interface Upstream {
  readonly dataflowUrl: string;
  /** Headers preset in the query editor (the simulator's demo token). */
  readonly editorHeaders?: Readonly<Record<string, string>>;
  /** Whether it is the development simulator, for the ready line. */
  readonly simulator: boolean;
  /** Stops it after the gateway has stopped. */
  close?(): Promise<void>;
}

/**
 * Starts the gateway in front of `upstream`, says so in one log line, and stops both cleanly on
 * SIGINT or SIGTERM: the process ends, whatever hangs (a stalled store, a client that never
 * reads).
 */
export async function serve(config: GatewayConfig, logger: Logger, upstream: Upstream): Promise<void> {
  const gateway = await startGateway({
    config,
    dataflowUrl: upstream.dataflowUrl,
    logger,
    editorHeaders: upstream.editorHeaders,
  });
  logger.info(
    {
      graphql: gateway.url,
      upstream: upstream.dataflowUrl,
      simulator: upstream.simulator,
      cache: config.redisUrl ? 'redis' : 'memory',
    },
    upstream.simulator
      ? `gateway ready at ${gateway.url}, fronting the Dataflow simulator`
      : `gateway ready at ${gateway.url}, fronting ${upstream.dataflowUrl}`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    setTimeout(() => {
      logger.error('shutdown did not finish in time; exiting');
      process.exit(1);
    }, SHUTDOWN_LIMIT_MS).unref();
    await gateway.stop();
    await upstream.close?.();
    process.exit(0);
  };
  process.on('SIGINT', (signal) => void stop(signal));
  process.on('SIGTERM', (signal) => void stop(signal));
}

/** A start that failed: a configuration error is one line naming the variable; anything else, its stack. */
export function failedToStart(error: unknown): never {
  console.error(error instanceof ConfigError ? `configuration error: ${error.message}` : error);
  process.exit(1);
}
