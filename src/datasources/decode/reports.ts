import { ReportExecutionStatus, ReportFormat, ReportType } from '../../domain/enums.js';
import type { ReportExecutionRecord, ReportJobRecord } from '../../domain/models.js';
import { failureFromShape } from '../transport/upstream-failure.js';
import { bool, enumValue, id, type JsonObject, object, optionalInt, requiredId, text } from './json-fields.js';

/** Dataflow keeps recipients as one semicolon-separated string; the schema has a list. */
export function splitRecipients(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  return value
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export function joinRecipients(recipients: readonly string[]): string {
  return recipients.join(';');
}

export function decodeReportJob(row: JsonObject, operation = 'getReportJob'): ReportJobRecord {
  return {
    id: requiredId(row.id, operation, 'id'),
    type: enumValue(row.type, ReportType, ReportType.UNKNOWN, ReportType.UNKNOWN),
    format: enumValue(row.format, ReportFormat, ReportFormat.UNKNOWN, ReportFormat.UNKNOWN),
    scheduleName: text(row.schedule_name),
    startTime: text(row.start_time),
    endTime: text(row.end_time),
    cronExpr: text(row.cron_expr),
    active: bool(row.active, false),
    recipients: splitRecipients(row.recipients),
    timezone: text(row.timezone),
    params: row.params ?? null,
    createdAt: text(row.created_at),
    updatedAt: text(row.updated_at),
  };
}

export function decodeReportExecution(row: JsonObject): ReportExecutionRecord {
  const fileSize = optionalInt(row.file_size);
  return {
    id: requiredId(row.id, 'listReportExecutions', 'id'),
    jobId: id(row.job_id),
    scheduleName: text(row.schedule_name),
    type: enumValue(row.type, ReportType, ReportType.UNKNOWN, ReportType.UNKNOWN),
    format: enumValue(row.format, ReportFormat, ReportFormat.UNKNOWN, ReportFormat.UNKNOWN),
    status: enumValue(row.status, ReportExecutionStatus, ReportExecutionStatus.UNKNOWN, ReportExecutionStatus.UNKNOWN),
    startedAt: text(row.started_at),
    completedAt: text(row.completed_at),
    fileName: text(row.file_name),
    fileSize,
    fileUrl: text(row.file_url),
    errorMessage: text(row.error_message),
  };
}

export function decodeCreatedId(json: unknown): string {
  const created = requiredId(object(json, 'createReportJob').id, 'createReportJob', 'id');
  if (created === '') throw failureFromShape('createReportJob', 'an empty id');
  return created;
}
