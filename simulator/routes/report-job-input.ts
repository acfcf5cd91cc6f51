// The body of create and update report job. The two differ in one trap the contract records:
// create takes `timezone`, update takes `time_zone` for the same thing.
import { REPORT_FORMATS, REPORT_TYPES } from '../data/report-types.js';
import type { ReportJob } from '../data/report-types.js';
import { SimulatorError } from '../http-error.js';
import { optionalBoolean, optionalDateTime, optionalEnum, optionalString } from '../validation.js';
import type { JsonBody } from '../validation.js';

/** The writable fields of a job, as they are stored. */
export type ReportJobFields = Partial<Omit<ReportJob, 'id' | 'created_at' | 'updated_at'>>;

const REQUIRED_ON_CREATE = ['type', 'format', 'schedule_name', 'cron_expr'] as const;
const EMAIL = /^[^@\s;]+@[^@\s;]+\.[^@\s;]+$/;

export function readCreateJob(body: JsonBody): ReportJobFields {
  if ('time_zone' in body) {
    throw SimulatorError.validation('time_zone is not a field of create report job; create takes timezone (update takes time_zone)');
  }
  for (const key of REQUIRED_ON_CREATE) {
    if (body[key] === undefined || body[key] === null) throw SimulatorError.validation(`${key} is required`);
  }
  return readFields(body, 'timezone');
}

export function readUpdateJob(body: JsonBody): ReportJobFields {
  if ('timezone' in body) {
    throw SimulatorError.validation('timezone is not a field of update report job; update takes time_zone (create takes timezone)');
  }
  for (const key of REQUIRED_ON_CREATE) {
    if (body[key] === null) throw SimulatorError.validation(`${key} cannot be null`);
  }
  return readFields(body, 'time_zone');
}

/** Only the fields present in the body; a null clears an optional field. */
function readFields(body: JsonBody, timezoneKey: 'timezone' | 'time_zone'): ReportJobFields {
  const fields: ReportJobFields = {};
  const type = optionalEnum(body, 'type', REPORT_TYPES);
  if (type !== undefined) fields.type = type;
  const format = optionalEnum(body, 'format', REPORT_FORMATS);
  if (format !== undefined) fields.format = format;
  const scheduleName = optionalString(body, 'schedule_name');
  if (scheduleName !== undefined) fields.schedule_name = nonBlank('schedule_name', scheduleName);
  const cron = optionalString(body, 'cron_expr');
  if (cron !== undefined) fields.cron_expr = checkCron(cron);
  if ('active' in body) fields.active = optionalBoolean(body, 'active') ?? null;
  if ('recipients' in body) fields.recipients = checkRecipients(optionalString(body, 'recipients'));
  if (timezoneKey in body) fields.timezone = optionalString(body, timezoneKey) ?? null;
  if ('params' in body) fields.params = checkParams(body['params']);
  for (const key of ['start_time', 'end_time'] as const) {
    if (key in body) fields[key] = optionalDateTime(body, key) ? (body[key] as string) : null;
  }
  const start = optionalDateTime(body, 'start_time');
  const end = optionalDateTime(body, 'end_time');
  if (start && end && end.ms <= start.ms) throw SimulatorError.validation('end_time must be after start_time');
  return fields;
}

function nonBlank(key: string, value: string): string {
  if (value.trim() === '') throw SimulatorError.validation(`${key} must not be blank`);
  return value;
}

function checkCron(cron: string): string {
  if (cron.trim().split(/\s+/).length !== 5) {
    throw SimulatorError.validation(`cron_expr must be a five-field cron expression such as '1 0 * * *', got "${cron}"`);
  }
  return cron;
}

/** One string of addresses separated by semicolons; blank entries are tolerated. */
function checkRecipients(recipients: string | undefined): string | null {
  if (recipients === undefined) return null;
  const bad = recipients.split(';').map((part) => part.trim()).filter((part) => part !== '' && !EMAIL.test(part));
  if (bad.length > 0) {
    throw SimulatorError.validation(`recipients must be e-mail addresses separated by semicolons; not an address: "${bad[0]}"`);
  }
  return recipients;
}

function checkParams(params: unknown): unknown {
  if (params === null) return null;
  if (typeof params !== 'object' || Array.isArray(params)) throw SimulatorError.validation('params must be a JSON object');
  return params;
}
