// The simulator's own entry point: `npm run simulator` (node dist/simulator/cli.js).
// SIMULATOR_PORT (default 8081), SIMULATOR_HOST (default 127.0.0.1), SIMULATOR_LATENCY_MS (default 0),
// SIMULATOR_MAX_RECORDED_REQUESTS (default 10000: how many requests the request log keeps).
import { DEFAULT_MAX_RECORDED_REQUESTS } from './request-log.js';
import { startSimulator } from './server.js';

/** A setting from 0 to `max`; a bad one stops the simulator with a line naming it. */
function readNumber(name: string, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0 || value > max) {
    console.error(`configuration error: ${name} must be an integer from 0 to ${max}, got "${text}"`);
    process.exit(1);
  }
  return value;
}

const simulator = await startSimulator({
  port: readNumber('SIMULATOR_PORT', 8081, 65535),
  host: process.env['SIMULATOR_HOST'] || '127.0.0.1',
  latencyMs: readNumber('SIMULATOR_LATENCY_MS', 0),
  maxRecordedRequests: readNumber('SIMULATOR_MAX_RECORDED_REQUESTS', DEFAULT_MAX_RECORDED_REQUESTS),
});
console.log(`Dataflow simulator listening on ${simulator.url}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void simulator.close().then(() => process.exit(0));
  });
}
