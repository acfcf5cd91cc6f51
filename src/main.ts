import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/config.js';
import { createLogger } from './logging/logger.js';
import { startGateway } from './server.js';
import { startSimulator } from './simulator/index.js';

/** Longer than the HTTP drain's deadline (10 s), so a clean stop always gets to finish. */
const SHUTDOWN_LIMIT_MS = 15_000;

/**
 * `npm start`: the gateway on PORT (default 4000). Without DATAFLOW_URL it starts the embedded
 * Dataflow simulator and fronts that, with a demo token preset in the query editor.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);

  const simulator = config.dataflowUrl
    ? undefined
    : await startSimulator({ port: config.simulatorPort, latencyMs: config.simulatorLatencyMs });
  const dataflowUrl = config.dataflowUrl ?? simulator!.url;
  const gateway = await startGateway({
    config,
    dataflowUrl,
    logger,
    editorHeaders: simulator ? { Authorization: `Bearer ${config.demoToken}` } : undefined,
  });
  logger.info(
    { graphql: gateway.url, upstream: dataflowUrl, simulator: !!simulator, cache: config.redisUrl ? 'redis' : 'memory' },
    simulator
      ? `gateway ready at ${gateway.url}, fronting the embedded Dataflow simulator`
      : `gateway ready at ${gateway.url}, fronting ${dataflowUrl}`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // Whatever hangs (a stalled store, a client that never reads), the process ends.
    setTimeout(() => {
      logger.error('shutdown did not finish in time; exiting');
      process.exit(1);
    }, SHUTDOWN_LIMIT_MS).unref();
    await gateway.stop();
    await simulator?.close();
    process.exit(0);
  };
  process.on('SIGINT', (signal) => void stop(signal));
  process.on('SIGTERM', (signal) => void stop(signal));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`configuration error: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
