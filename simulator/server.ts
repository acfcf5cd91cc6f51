// The simulator's lifecycle: listen, expose the recorder and fault controls, close promptly.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FaultBook } from './faults.js';
import { loadContract } from './openapi/operations.js';
import { handleRequest } from './pipeline.js';
import { RequestLog } from './request-log.js';
import { Router } from './router.js';
import { bindRoutes } from './routes/index.js';
import { Sleeper } from './sleeper.js';
import { createState } from './state.js';
import type { DataflowSimulator, SimulatorOptions } from './types.js';

/** Starts a Dataflow simulator; resolves once it listens. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<DataflowSimulator> {
  const host = options.host ?? '127.0.0.1';
  const state = createState(options.seed ?? 1, options.now ?? Date.now);
  const faults = new FaultBook();
  const sleeper = new Sleeper();
  const log = new RequestLog(options.maxRecordedRequests);
  // Methods, paths and every check of what a request may hold come from the contract.
  const router = new Router(bindRoutes(await loadContract()));
  const deps = { state, router, faults, log, latencyMs: options.latencyMs ?? 0, sleeper };

  const server = createServer((req, res) => {
    handleRequest(req, res, deps).catch(() => {
      // The client went away mid-request: nothing left to answer.
      res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | undefined;

  return {
    url: `http://${urlHost}:${port}/api`,
    port,
    requests: log.entries,
    countRequests: (operationId) => log.count(operationId),
    resetRequests: () => log.clear(),
    injectFault: (rule) => faults.add(rule),
    clearFaults: () => faults.clear(),
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        sleeper.cancelAll();
        server.close(() => resolve());
        // Hung requests and idle keep-alive sockets would otherwise hold close() open.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
