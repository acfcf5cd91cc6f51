import { CronExpressionParser } from 'cron-parser';
import validator from 'validator';
import { badUserInput } from '../errors/gateway-error.js';

export function checkRecipients(recipients: readonly string[], argument: string): string[] {
  return recipients.map((recipient, index) => {
    const address = recipient.trim();
    // A semicolon would split one address into two in Dataflow's recipients string.
    if (!validator.isEmail(address) || address.includes(';')) {
      throw badUserInput(`${argument}[${index}]`, `"${recipient}" is not an e-mail address`);
    }
    return address;
  });
}

const IANA_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

export function checkTimeZone(zone: string, argument: string): string {
  let known = IANA_NAME.test(zone);
  if (known) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
    } catch {
      known = false;
    }
  }
  if (!known) throw badUserInput(argument, `"${zone}" is not an IANA time zone such as Asia/Shanghai`);
  return zone;
}

/** Five fields, each in range: what Dataflow's scheduler takes. */
export function checkCron(expression: string, argument: string): string {
  const normalized = expression.trim().split(/\s+/).join(' ');
  const fields = normalized === '' ? 0 : normalized.split(' ').length;
  if (fields !== 5) {
    throw badUserInput(argument, `"${expression}" must have five fields (minute hour day-of-month month day-of-week), e.g. '1 0 * * *'; it has ${fields}`);
  }
  try {
    CronExpressionParser.parse(normalized);
  } catch (error) {
    throw badUserInput(argument, `"${expression}" is not a valid cron expression: ${(error as Error).message}`);
  }
  return normalized;
}
