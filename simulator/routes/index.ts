// The route table: a handler for each of the 18 operations of the contract, bound to the method
// and path the contract gives it.
import type { ContractOperation } from '../openapi/operations.js';
import type { Handlers, Route } from '../route.js';
import { callDetailsHandlers } from './call-details.routes.js';
import { callHistoryHandlers } from './call-history.routes.js';
import { callQueueHandlers } from './call-queues.routes.js';
import { callsTimeseriesHandlers } from './calls-timeseries.routes.js';
import { queueHandlers } from './queues.routes.js';
import { reportExecutionHandlers } from './report-executions.routes.js';
import { reportJobHandlers } from './report-jobs.routes.js';

export const ALL_HANDLERS: Handlers = {
  ...queueHandlers,
  ...callsTimeseriesHandlers,
  ...callHistoryHandlers,
  ...callDetailsHandlers,
  ...reportJobHandlers,
  ...reportExecutionHandlers,
  ...callQueueHandlers,
};

/** One route per operation, in the contract's order; throws unless each side has the other. */
export function bindRoutes(operations: readonly ContractOperation[], handlers: Handlers = ALL_HANDLERS): Route[] {
  const unknown = Object.keys(handlers).filter((id) => !operations.some((operation) => operation.operationId === id));
  if (unknown.length > 0)
    throw new Error(`the contract has no operation ${unknown.join(', ')}, which the simulator handles`);
  return operations.map((operation) => {
    const handle = handlers[operation.operationId];
    if (!handle) throw new Error(`the simulator has no handler for the contract's operation ${operation.operationId}`);
    return { operation, handle };
  });
}
