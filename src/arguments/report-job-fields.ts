import type { ReportJobFields } from '../datasources/report-jobs.source.js';
import type { ReportJobRecord } from '../domain/models.js';
import { badUserInput } from '../errors/gateway-error.js';
import type { CreateReportJobInput, UpdateReportJobInput } from '../schema/report.input.js';
import { checkCron, checkName, checkParams, checkRecipients, checkTimeZone } from '../validation/report-job-fields.js';
import { checkKnown } from '../validation/scalars.js';

function checkSchedule(input: CreateReportJobInput | UpdateReportJobInput): void {
  const { startTime, endTime } = input;
  if (startTime && endTime && endTime.epochMs <= startTime.epochMs) {
    throw badUserInput('input.endTime', `must be after input.startTime (${startTime.text})`);
  }
}

/** What a create always sends. */
type NewJobFields = ReportJobFields & Required<Pick<ReportJobFields, 'type' | 'format' | 'active' | 'recipients'>>;

/** Validates a new job completely before anything is sent. */
export function createFields(input: CreateReportJobInput): NewJobFields {
  checkSchedule(input);
  return {
    type: checkKnown(input.type, 'input.type'),
    format: checkKnown(input.format, 'input.format'),
    scheduleName: checkName(input.scheduleName, 'input.scheduleName'),
    cronExpr: checkCron(input.cronExpr, 'input.cronExpr'),
    active: input.active ?? true,
    recipients: checkRecipients(input.recipients, 'input.recipients'),
    timezone: input.timezone == null ? undefined : checkTimeZone(input.timezone, 'input.timezone'),
    startTime: input.startTime?.text,
    endTime: input.endTime?.text,
    params: input.params == null ? undefined : checkParams(input.params, 'input.params'),
  };
}

/** Settings without a blank state: null cannot mean "clear", so it is refused. */
const REQUIRED_ON_UPDATE = ['type', 'format', 'scheduleName', 'cronExpr', 'active', 'recipients'] as const;

/**
 * Only the fields given are sent; the others stay as they are. For the optional settings an
 * explicit null clears them.
 */
export function updateFields(input: UpdateReportJobInput): ReportJobFields {
  for (const name of REQUIRED_ON_UPDATE) {
    if (input[name] === null)
      throw badUserInput(`input.${name}`, 'cannot be null; leave it out to keep the current value');
  }
  if (Object.values(input).every((value) => value === undefined)) {
    throw badUserInput('input', 'give at least one field to change');
  }
  checkSchedule(input);
  return {
    type: input.type == null ? undefined : checkKnown(input.type, 'input.type'),
    format: input.format == null ? undefined : checkKnown(input.format, 'input.format'),
    scheduleName: input.scheduleName == null ? undefined : checkName(input.scheduleName, 'input.scheduleName'),
    cronExpr: input.cronExpr == null ? undefined : checkCron(input.cronExpr, 'input.cronExpr'),
    active: input.active ?? undefined,
    recipients: input.recipients == null ? undefined : checkRecipients(input.recipients, 'input.recipients'),
    timezone:
      input.timezone === null
        ? null
        : input.timezone === undefined
          ? undefined
          : checkTimeZone(input.timezone, 'input.timezone'),
    startTime: input.startTime === null ? null : input.startTime?.text,
    endTime: input.endTime === null ? null : input.endTime?.text,
    params: input.params == null ? input.params : checkParams(input.params, 'input.params'),
  };
}

/** A created job as it was sent, for when Dataflow cannot be asked how it stored it. */
export function sentJob(id: string, fields: NewJobFields): ReportJobRecord {
  return {
    id,
    type: fields.type,
    format: fields.format,
    scheduleName: fields.scheduleName ?? null,
    startTime: fields.startTime ?? null,
    endTime: fields.endTime ?? null,
    cronExpr: fields.cronExpr ?? null,
    active: fields.active,
    recipients: [...fields.recipients],
    timezone: fields.timezone ?? null,
    params: fields.params ?? null,
    createdAt: null,
    updatedAt: null,
  };
}
