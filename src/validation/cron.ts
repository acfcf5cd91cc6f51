// Five-field cron as Dataflow's reference describes it (`minute hour day-of-month month
// day-of-week`, '1 0 * * *' is every day at 00:01), checked strictly: each field is `*`, a
// number, a range `a-b`, `*` or a range with a step `/n`, or a comma list of those. Extensions some
// schedulers know and others do not (`L`, `W`, `?`, `#`, `@daily`, a seconds field) are refused,
// since a job Dataflow reads differently from what the client meant is worse than an error.
// Month and weekday names (JAN, MON) are accepted and sent as numbers, the most portable form.

interface CronField {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly names?: readonly string[];
}

const FIELDS: readonly CronField[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  {
    name: 'month',
    min: 1,
    max: 12,
    names: ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'],
  },
  // 0 and 7 are both Sunday.
  { name: 'day of week', min: 0, max: 7, names: ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] },
];

const ITEM = /^(\*|[0-9A-Za-z]+(?:-[0-9A-Za-z]+)?)(?:\/([0-9]+))?$/;
/** A cron expression longer than this is not a schedule anyone wrote by hand. */
export const MAX_CRON_LENGTH = 100;

export class CronError extends Error {}

function value(token: string, field: CronField): number {
  const named = field.names?.indexOf(token.toUpperCase()) ?? -1;
  const number =
    named >= 0 ? named + (field.name === 'month' ? 1 : 0) : /^[0-9]{1,2}$/.test(token) ? Number(token) : NaN;
  if (!(number >= field.min && number <= field.max)) {
    throw new CronError(`${field.name} "${token}" must be from ${field.min} to ${field.max}`);
  }
  return number;
}

function item(text: string, field: CronField): string {
  const match = ITEM.exec(text);
  if (!match) throw new CronError(`${field.name} "${text}" is not a number, a range, * or a step`);
  const [, base, step] = match as unknown as [string, string, string | undefined];
  let written = '*';
  if (base !== '*') {
    const [from, to] = base.split('-') as [string, string | undefined];
    const low = value(from, field);
    const high = to === undefined ? undefined : value(to, field);
    if (high !== undefined && high < low) throw new CronError(`${field.name} range "${base}" runs backwards`);
    written = high === undefined ? String(low) : `${low}-${high}`;
  }
  if (step === undefined) return written;
  // `5/15` is 5-59/15 to some schedulers and an error to others.
  if (base !== '*' && !base.includes('-')) {
    throw new CronError(
      `${field.name} "${text}" has a step after a single value; write a range, e.g. ${written}-${field.max}/${step}`,
    );
  }
  const every = Number(step);
  if (!(every >= 1 && every <= field.max)) {
    throw new CronError(`${field.name} step "/${step}" must be from 1 to ${field.max}`);
  }
  return `${written}/${every}`;
}

/** The expression in its canonical form (single spaces, names as numbers); throws CronError. */
export function canonicalCron(expression: string): string {
  const parts = expression
    .trim()
    .split(/\s+/)
    .filter((part) => part !== '');
  if (parts.length !== FIELDS.length) {
    throw new CronError(
      `it needs five fields (minute hour day-of-month month day-of-week), e.g. '1 0 * * *'; it has ${parts.length}`,
    );
  }
  return parts
    .map((part, index) => {
      const field = FIELDS[index]!;
      const items = part.split(',');
      if (items.some((entry) => entry === '')) throw new CronError(`${field.name} "${part}" has an empty list item`);
      return items.map((entry) => item(entry, field)).join(',');
    })
    .join(' ');
}
