// Report execution logs of the calling token: list and destroy.
import { SimulatorError } from '../http-error.js';
import { readListQuery, runListQuery } from '../list-query.js';
import type { FieldSchema } from '../odata/ast.js';
import { ok } from '../route.js';
import type { Handlers, RouteReply, RouteRequest } from '../route.js';

export const REPORT_EXECUTION_FIELDS: FieldSchema = {
  id: 'string',
  job_id: 'string',
  schedule_name: 'string',
  type: 'string',
  format: 'string',
  status: 'string',
  started_at: 'datetime',
  completed_at: 'datetime',
  file_name: 'string',
  file_size: 'number',
  file_url: 'string',
  error_message: 'string',
};

function listReportExecutions({ query, state, token }: RouteRequest): RouteReply {
  const listQuery = readListQuery(query, REPORT_EXECUTION_FIELDS);
  return ok(runListQuery([...state.reports.forToken(token).executions.values()], listQuery));
}

function destroyReportExecution({ params, state, token }: RouteRequest): RouteReply {
  const id = params['id'] ?? '';
  if (!state.reports.forToken(token).executions.delete(id)) {
    throw SimulatorError.notFound(`report execution ${id} not found`);
  }
  return { status: 204 };
}

export const reportExecutionHandlers: Handlers = { listReportExecutions, destroyReportExecution };
