import type { ReportFormat, ReportType } from '../domain/enums.js';
import type { Page, ReportJobRecord } from '../domain/models.js';
import { ErrorCode } from '../errors/error-code.js';
import { GatewayError } from '../errors/gateway-error.js';
import { DataflowSource } from './dataflow-source.js';
import { failureFromShape } from './transport/upstream-failure.js';
import { object, page } from './decode/json-fields.js';
import { decodeCreatedId, decodeReportJob, joinRecipients } from './decode/reports.js';
import { allOf, compare, contains, type OrderTerm, stableOrderBy } from './odata.js';
import { type ListWindow, readWindow, type WindowResult } from './paging.js';
import { segment } from './transport/upstream-request.js';

export interface ReportJobCriteria {
  readonly active?: boolean;
  readonly type?: ReportType;
  readonly format?: ReportFormat;
  readonly scheduleNameContains?: string;
}

export type ReportJobSortField = 'schedule_name' | 'type' | 'created_at' | 'updated_at';

export interface ReportJobSort {
  readonly field: ReportJobSortField;
  readonly descending: boolean;
}

/** The fields of a job to write, in the gateway's names; absent fields are left out of the body. */
export interface ReportJobFields {
  readonly type?: ReportType;
  readonly format?: ReportFormat;
  readonly scheduleName?: string;
  readonly cronExpr?: string;
  readonly active?: boolean;
  readonly recipients?: readonly string[];
  readonly timezone?: string | null;
  readonly startTime?: string | null;
  readonly endTime?: string | null;
  readonly params?: unknown;
}

/** A list without an order of its own has none upstream; pages fetched side by side need one. */
const DEFAULT_ORDER: OrderTerm[] = [{ field: 'created_at', descending: true }];

/**
 * The write body. The same setting is `timezone` when creating and `time_zone` when updating:
 * Dataflow's reference names it differently in the two functions.
 */
function writeBody(fields: ReportJobFields, timezoneKey: 'timezone' | 'time_zone'): Record<string, unknown> {
  return {
    type: fields.type,
    format: fields.format,
    schedule_name: fields.scheduleName,
    cron_expr: fields.cronExpr,
    active: fields.active,
    recipients: fields.recipients && joinRecipients(fields.recipients),
    [timezoneKey]: fields.timezone,
    start_time: fields.startTime,
    end_time: fields.endTime,
    params: fields.params,
  };
}

/** Scheduled report jobs (`/dataflow/report_jobs`). */
export class ReportJobsSource extends DataflowSource {
  list(
    criteria: ReportJobCriteria,
    sort: readonly ReportJobSort[],
    window: ListWindow,
  ): Promise<WindowResult<ReportJobRecord>> {
    const filter = allOf([
      criteria.active === undefined ? undefined : compare('active', 'eq', criteria.active),
      criteria.type === undefined ? undefined : compare('type', 'eq', criteria.type),
      criteria.format === undefined ? undefined : compare('format', 'eq', criteria.format),
      criteria.scheduleNameContains === undefined
        ? undefined
        : contains('schedule_name', criteria.scheduleNameContains),
    ]);
    const order = stableOrderBy(sort.length > 0 ? sort : DEFAULT_ORDER);
    return readWindow(window, (request): Promise<Page<ReportJobRecord>> =>
      this.read({
        request: {
          operation: 'listReportJobs',
          method: 'GET',
          path: 'dataflow/report_jobs',
          query: { filter, orderby: order, skip: request.skip, top: request.top, count: request.count || undefined },
        },
        decode: (json) => page(json, 'listReportJobs', (row) => decodeReportJob(row, 'listReportJobs')),
        cacheClass: 'reports',
        group: 'reportJobs',
      }),
    );
  }

  get(id: string): Promise<ReportJobRecord | null> {
    return this.readOrNull({
      request: { operation: 'getReportJob', method: 'GET', path: `dataflow/report_jobs/${segment(id)}` },
      decode: (json) => decodeReportJob(object(json, 'getReportJob')),
      cacheClass: 'reports',
      group: 'reportJobs',
    });
  }

  /** The job just written, as Dataflow now has it; the write invalidated this caller's cached jobs. */
  async readBack(id: string, after: 'createReportJob' | 'updateReportJob'): Promise<ReportJobRecord> {
    const job = await this.get(id);
    if (!job) throw failureFromShape(after, `success, but report job ${id} cannot be read back`);
    return job;
  }

  async create(fields: ReportJobFields): Promise<string> {
    const json = await this.write(
      {
        operation: 'createReportJob',
        method: 'POST',
        path: 'dataflow/report_jobs',
        body: writeBody(fields, 'timezone'),
      },
      ['reportJobs'],
    );
    return decodeCreatedId(json);
  }

  /** Changes only the fields given; an unknown job is an error (NOT_FOUND). */
  async update(id: string, fields: ReportJobFields): Promise<void> {
    const updated = await this.writeIfPresent(
      {
        operation: 'updateReportJob',
        method: 'POST',
        path: `dataflow/report_jobs/${segment(id)}`,
        body: writeBody(fields, 'time_zone'),
      },
      ['reportJobs'],
    );
    if (!updated) throw new GatewayError(ErrorCode.NOT_FOUND, `Report job ${id} does not exist`, { id });
  }

  /** Whether there was such a job to delete. */
  destroy(id: string): Promise<boolean> {
    return this.writeIfPresent(
      { operation: 'destroyReportJob', method: 'POST', path: `dataflow/report_jobs/${segment(id)}/destroy` },
      ['reportJobs'],
    );
  }
}
