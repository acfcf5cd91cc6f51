// The body of create and update report job, past the contract's schema check (types, the type and
// format enums, date-times). What remains are the rules of the contract's prose: create takes
// `timezone` and update `time_zone` for the same thing; create requires type, format,
// schedule_name and cron_expr (so update cannot blank them); cron_expr has five fields;
// recipients are e-mail addresses separated by semicolons.
import { dateTimeField } from '../body-fields.js';
import type { JsonBody } from '../body-fields.js';
import type { ReportJob } from '../data/report-types.js';
import { SimulatorError } from '../http-error.js';

/** The writable fields of a job, as they are stored. */
export type ReportJobFields = Partial<Omit<ReportJob, 'id' | 'created_at' | 'updated_at'>>;

const REQUIRED_ON_CREATE = ['type', 'format', 'schedule_name', 'cron_expr'] as const;
const WRITABLE = [...REQUIRED_ON_CREATE, 'start_time', 'end_time', 'active', 'recipients', 'params'] as const;
const EMAIL = /^[^@\s;]+@[^@\s;]+\.[^@\s;]+$/;

export function readCreateJob(body: JsonBody): ReportJobFields {
  if ('time_zone' in body) {
    throw SimulatorError.validation(
      'time_zone is not a field of create report job; create takes timezone (update takes time_zone)',
    );
  }
  for (const key of REQUIRED_ON_CREATE) {
    if (body[key] === undefined || body[key] === null) throw SimulatorError.validation(`${key} is required`);
  }
  return readFields(body, 'timezone');
}

export function readUpdateJob(body: JsonBody): ReportJobFields {
  if ('timezone' in body) {
    throw SimulatorError.validation(
      'timezone is not a field of update report job; update takes time_zone (create takes timezone)',
    );
  }
  for (const key of REQUIRED_ON_CREATE) {
    if (body[key] === null) throw SimulatorError.validation(`${key} cannot be null`);
  }
  return readFields(body, 'time_zone');
}

/** Only the fields present in the body; a null clears an optional field. */
function readFields(body: JsonBody, timezoneKey: 'timezone' | 'time_zone'): ReportJobFields {
  const fields: Record<string, unknown> = {};
  for (const key of WRITABLE) if (key in body) fields[key] = body[key] ?? null;
  if (timezoneKey in body) fields['timezone'] = body[timezoneKey] ?? null;
  if (typeof fields['schedule_name'] === 'string') nonBlank('schedule_name', fields['schedule_name']);
  if (typeof fields['cron_expr'] === 'string') checkCron(fields['cron_expr']);
  if (typeof fields['recipients'] === 'string') checkRecipients(fields['recipients']);
  const start = dateTimeField(body, 'start_time');
  const end = dateTimeField(body, 'end_time');
  if (start && end && end.ms <= start.ms) throw SimulatorError.validation('end_time must be after start_time');
  return fields;
}

function nonBlank(key: string, value: string): void {
  if (value.trim() === '') throw SimulatorError.validation(`${key} must not be blank`);
}

function checkCron(cron: string): void {
  if (cron.trim().split(/\s+/).length !== 5) {
    throw SimulatorError.validation(
      `cron_expr must be a five-field cron expression such as '1 0 * * *', got "${cron}"`,
    );
  }
}

/** One string of addresses separated by semicolons; blank entries are tolerated. */
function checkRecipients(recipients: string): void {
  const bad = recipients
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '' && !EMAIL.test(part));
  if (bad.length > 0) {
    throw SimulatorError.validation(
      `recipients must be e-mail addresses separated by semicolons; not an address: "${bad[0]}"`,
    );
  }
}
