import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/config.js';
import { failedToStart, serve } from './lifecycle.js';
import { createLogger } from './logging/logger.js';

/**
 * The gateway alone, as the image runs it: on PORT (default 4000), in front of DATAFLOW_URL.
 * `npm start` (dev/start.ts) fronts the development simulator instead when DATAFLOW_URL is unset.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.dataflowUrl) {
    throw new ConfigError(
      'DATAFLOW_URL is not set: set it to the Dataflow base URL, e.g. https://pbx.example.com/api (or run `npm start` to front the development simulator)',
    );
  }
  await serve(config, createLogger(config.logLevel), { dataflowUrl: config.dataflowUrl, simulator: false });
}

main().catch(failedToStart);
