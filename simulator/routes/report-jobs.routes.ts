// Report jobs of the calling token: list, get, create, update, destroy.
import type { ReportJob } from '../data/report-types.js';
import type { ReportStore } from '../data/report-store.js';
import { SimulatorError } from '../http-error.js';
import { readListQuery, runListQuery } from '../list-query.js';
import type { FieldSchema } from '../odata/ast.js';
import { ok } from '../route.js';
import type { Handlers, RouteReply, RouteRequest } from '../route.js';
import { formatRfc3339 } from '../time.js';
import { readCreateJob, readUpdateJob } from './report-job-input.js';

export const REPORT_JOB_FIELDS: FieldSchema = {
  id: 'string',
  type: 'string',
  format: 'string',
  schedule_name: 'string',
  start_time: 'datetime',
  end_time: 'datetime',
  cron_expr: 'string',
  active: 'boolean',
  recipients: 'string',
  timezone: 'string',
  created_at: 'datetime',
  updated_at: 'datetime',
};

function storeOf(request: RouteRequest): ReportStore {
  return request.state.reports.forToken(request.token);
}

function findJob(request: RouteRequest): ReportJob {
  const id = request.params['id'] ?? '';
  const job = storeOf(request).jobs.get(id);
  if (!job) throw SimulatorError.notFound(`report job ${id} not found`);
  return job;
}

function listReportJobs(request: RouteRequest): RouteReply {
  const query = readListQuery(request.query, REPORT_JOB_FIELDS);
  return ok(runListQuery([...storeOf(request).jobs.values()], query));
}

function getReportJob(request: RouteRequest): RouteReply {
  return ok(findJob(request));
}

function createReportJob(request: RouteRequest): RouteReply {
  const fields = readCreateJob(request.body);
  const now = formatRfc3339(request.state.now());
  const job: ReportJob = {
    id: request.state.reports.nextJobId(),
    type: fields.type ?? '',
    format: fields.format ?? '',
    schedule_name: fields.schedule_name ?? '',
    start_time: fields.start_time ?? null,
    end_time: fields.end_time ?? null,
    cron_expr: fields.cron_expr ?? '',
    // A new schedule runs unless the caller says otherwise.
    active: fields.active === undefined ? true : fields.active,
    recipients: fields.recipients ?? null,
    timezone: fields.timezone ?? null,
    params: fields.params ?? null,
    created_at: now,
    updated_at: now,
  };
  storeOf(request).jobs.set(job.id, job);
  return ok({ id: job.id }, 201);
}

/** Fields left out stay as they are; answers 200 with an empty body. */
function updateReportJob(request: RouteRequest): RouteReply {
  const job = findJob(request);
  const fields = readUpdateJob(request.body);
  Object.assign(job, fields, { updated_at: formatRfc3339(request.state.now()) });
  return { status: 200 };
}

/** Executions of the job stay: they keep pointing at the deleted job's id. */
function destroyReportJob(request: RouteRequest): RouteReply {
  const job = findJob(request);
  storeOf(request).jobs.delete(job.id);
  return { status: 204 };
}

export const reportJobHandlers: Handlers = {
  listReportJobs,
  createReportJob,
  getReportJob,
  updateReportJob,
  destroyReportJob,
};
