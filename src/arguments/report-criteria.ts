import type {
  ReportExecutionCriteria,
  ReportExecutionSort,
  ReportExecutionSortField,
} from '../datasources/report-executions.source.js';
import type { ReportJobCriteria, ReportJobSort, ReportJobSortField } from '../datasources/report-jobs.source.js';
import { ReportExecutionOrderField, ReportJobOrderField, SortDirection } from '../domain/enums.js';
import { badUserInput } from '../errors/gateway-error.js';
import type {
  ReportExecutionOrder,
  ReportExecutionWhere,
  ReportJobOrder,
  ReportJobWhere,
} from '../schema/report.input.js';
import { checkKnown, checkResourceId, present } from '../validation/scalars.js';

const JOB_SORT_FIELDS: Record<ReportJobOrderField, ReportJobSortField> = {
  [ReportJobOrderField.SCHEDULE_NAME]: 'schedule_name',
  [ReportJobOrderField.TYPE]: 'type',
  [ReportJobOrderField.CREATED_AT]: 'created_at',
  [ReportJobOrderField.UPDATED_AT]: 'updated_at',
};

const EXECUTION_SORT_FIELDS: Record<ReportExecutionOrderField, ReportExecutionSortField> = {
  [ReportExecutionOrderField.STARTED_AT]: 'started_at',
  [ReportExecutionOrderField.COMPLETED_AT]: 'completed_at',
  [ReportExecutionOrderField.SCHEDULE_NAME]: 'schedule_name',
};

export function jobCriteria(where: ReportJobWhere | null | undefined): ReportJobCriteria {
  const type = present(where?.type);
  const format = present(where?.format);
  return {
    active: present(where?.active),
    type: type && checkKnown(type, 'where.type'),
    format: format && checkKnown(format, 'where.format'),
    scheduleNameContains: present(where?.scheduleNameContains),
  };
}

/** An explicit null direction means the input's default, as if it were left out. */
export function jobSort(orderBy: readonly ReportJobOrder[] | null | undefined): ReportJobSort[] {
  return (orderBy ?? []).map((order) => ({
    field: JOB_SORT_FIELDS[order.field],
    descending: (order.direction ?? SortDirection.ASC) === SortDirection.DESC,
  }));
}

export function executionCriteria(where: ReportExecutionWhere | null | undefined): ReportExecutionCriteria {
  const jobId = present(where?.jobId);
  const status = present(where?.status);
  const type = present(where?.type);
  const after = present(where?.startedAfter);
  const before = present(where?.startedBefore);
  if (after && before && before.epochMs <= after.epochMs) {
    throw badUserInput('where.startedBefore', `must be after where.startedAfter (${after.text})`);
  }
  return {
    jobId: jobId === undefined ? undefined : checkResourceId(jobId, 'where.jobId'),
    status: status && checkKnown(status, 'where.status'),
    type: type && checkKnown(type, 'where.type'),
    startedAfter: after?.text,
    startedBefore: before?.text,
  };
}

export function executionSort(orderBy: readonly ReportExecutionOrder[] | null | undefined): ReportExecutionSort[] {
  return (orderBy ?? []).map((order) => ({
    field: EXECUTION_SORT_FIELDS[order.field],
    descending: (order.direction ?? SortDirection.DESC) === SortDirection.DESC,
  }));
}
