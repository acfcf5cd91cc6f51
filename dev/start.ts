import 'reflect-metadata';
import { loadConfig } from '../src/config/config.js';
import { failedToStart, serve } from '../src/lifecycle.js';
import { createLogger } from '../src/logging/logger.js';
import { startSimulator } from '../simulator/index.js';
import { loadSimulatorSettings } from './simulator-settings.js';

/**
 * `npm start`: the gateway in front of DATAFLOW_URL, or, when it is unset, in front of the
 * Dataflow simulator started beside it, with the simulator's demo token preset in the query
 * editor. The only place the gateway and the simulator meet; the image holds neither this file
 * nor the simulator. (In production, DATAFLOW_URL is required: loadConfig refuses to start.)
 */
async function start(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  if (config.dataflowUrl) {
    await serve(config, logger, { dataflowUrl: config.dataflowUrl, simulator: false });
    return;
  }
  const settings = loadSimulatorSettings();
  const simulator = await startSimulator({ port: settings.port, latencyMs: settings.latencyMs });
  await serve(config, logger, {
    dataflowUrl: simulator.url,
    editorHeaders: { Authorization: `Bearer ${settings.demoToken}` },
    simulator: true,
    close: () => simulator.close(),
  });
}

start().catch(failedToStart);
