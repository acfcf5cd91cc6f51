import validator from 'validator';
import { badUserInput } from '../errors/gateway-error.js';
import { canonicalCron, CronError } from './cron.js';
import { MAX_RECIPIENTS } from './input-limits.js';

/** 1 to MAX_RECIPIENTS addresses, each an e-mail address; Dataflow gets them joined by semicolons. */
export function checkRecipients(recipients: readonly string[], argument: string): string[] {
  if (recipients.length === 0) throw badUserInput(argument, `name from 1 to ${MAX_RECIPIENTS} e-mail addresses`);
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

/**
 * An IANA time zone, in its canonical spelling (`asia/shanghai` is sent as `Asia/Shanghai`):
 * Dataflow's scheduler may compare names exactly.
 */
export function checkTimeZone(zone: string, argument: string): string {
  if (IANA_NAME.test(zone)) {
    try {
      return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
    } catch {
      // Not a zone this runtime's time zone database knows: refused below.
    }
  }
  throw badUserInput(argument, `"${zone}" is not an IANA time zone such as Asia/Shanghai`);
}

/** Five strict fields (see cron.ts), sent in canonical form. */
export function checkCron(expression: string, argument: string): string {
  try {
    return canonicalCron(expression);
  } catch (error) {
    if (error instanceof CronError) throw badUserInput(argument, `"${expression}" is not a valid cron expression: ${error.message}`);
    throw error;
  }
}

/** A name a person reads: not blank once trimmed, and sent trimmed. */
export function checkName(name: string, argument: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw badUserInput(argument, 'must not be blank');
  return trimmed;
}
