import type { ReportExecutionStatus, ReportType } from '../domain/enums.js';
import type { Page, ReportExecutionRecord } from '../domain/models.js';
import { DataflowSource } from './dataflow-source.js';
import { page } from './decode/json-fields.js';
import { decodeReportExecution } from './decode/reports.js';
import { allOf, compare, stableOrderBy } from './odata.js';
import { type ListWindow, readWindow, type WindowResult } from './paging.js';
import { segment } from './transport/upstream-request.js';

export interface ReportExecutionCriteria {
  readonly jobId?: string;
  readonly status?: ReportExecutionStatus;
  readonly type?: ReportType;
  /** Canonical RFC 3339 text. */
  readonly startedAfter?: string;
  readonly startedBefore?: string;
}

export type ReportExecutionSortField = 'started_at' | 'completed_at' | 'schedule_name';

export interface ReportExecutionSort {
  readonly field: ReportExecutionSortField;
  readonly descending: boolean;
}

/** Newest first unless asked otherwise, and said explicitly: Dataflow's default order is unspecified. */
export const NEWEST_FIRST: readonly ReportExecutionSort[] = [{ field: 'started_at', descending: true }];

/** Report execution logs (`/dataflow/report_list`). */
export class ReportExecutionsSource extends DataflowSource {
  list(
    criteria: ReportExecutionCriteria,
    sort: readonly ReportExecutionSort[],
    window: ListWindow,
  ): Promise<WindowResult<ReportExecutionRecord>> {
    const filter = allOf([
      criteria.jobId === undefined ? undefined : compare('job_id', 'eq', criteria.jobId),
      criteria.status === undefined ? undefined : compare('status', 'eq', criteria.status),
      criteria.type === undefined ? undefined : compare('type', 'eq', criteria.type),
      criteria.startedAfter === undefined
        ? undefined
        : compare('started_at', 'gt', { dateTime: criteria.startedAfter }),
      criteria.startedBefore === undefined
        ? undefined
        : compare('started_at', 'lt', { dateTime: criteria.startedBefore }),
    ]);
    const order = stableOrderBy(sort.length > 0 ? sort : NEWEST_FIRST);
    return readWindow(window, (request): Promise<Page<ReportExecutionRecord>> =>
      this.read({
        request: {
          operation: 'listReportExecutions',
          method: 'GET',
          path: 'dataflow/report_list',
          query: { filter, orderby: order, skip: request.skip, top: request.top, count: request.count || undefined },
        },
        decode: (json) => page(json, 'listReportExecutions', decodeReportExecution),
        cacheClass: 'reports',
        group: 'reportExecutions',
      }),
    );
  }

  /** Whether there was such a run to delete. */
  destroy(id: string): Promise<boolean> {
    return this.writeIfPresent(
      { operation: 'destroyReportExecution', method: 'POST', path: `dataflow/report_list/${segment(id)}/destroy` },
      ['reportExecutions'],
    );
  }
}
