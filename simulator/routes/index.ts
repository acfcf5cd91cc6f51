// The route table: the 18 operations of the contract.
import type { Route } from '../route.js';
import { callDetailsRoutes } from './call-details.routes.js';
import { callHistoryRoutes } from './call-history.routes.js';
import { callQueueRoutes } from './call-queues.routes.js';
import { callsTimeseriesRoutes } from './calls-timeseries.routes.js';
import { queueRoutes } from './queues.routes.js';
import { reportExecutionRoutes } from './report-executions.routes.js';
import { reportJobRoutes } from './report-jobs.routes.js';

export const ALL_ROUTES: readonly Route[] = [
  ...queueRoutes,
  ...callsTimeseriesRoutes,
  ...callHistoryRoutes,
  ...callDetailsRoutes,
  ...reportJobRoutes,
  ...reportExecutionRoutes,
  ...callQueueRoutes,
];
