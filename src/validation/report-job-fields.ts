import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
// The one validator this needs: the whole package costs ~7 MB of memory at start. A CommonJS
// module, whose function TypeScript sees as `default`.
import isEmailModule from 'validator/lib/isEmail.js';
import { badUserInput } from '../errors/gateway-error.js';
import { canonicalCron, CronError } from './cron.js';
import { MAX_RECIPIENTS } from './input-limits.js';

/** 1 to MAX_RECIPIENTS addresses, each an e-mail address; Dataflow gets them joined by semicolons. */
export function checkRecipients(recipients: readonly string[], argument: string): string[] {
  if (recipients.length === 0) throw badUserInput(argument, `name from 1 to ${MAX_RECIPIENTS} e-mail addresses`);
  return recipients.map((recipient, index) => {
    const address = recipient.trim();
    // A semicolon would split one address into two in Dataflow's recipients string.
    if (!isEmailModule.default(address) || address.includes(';')) {
      throw badUserInput(`${argument}[${index}]`, `"${recipient}" is not an e-mail address`);
    }
    return address;
  });
}

/** IANA's placeholder for a machine whose zone is not set yet: a name, but no time zone. */
const PLACEHOLDERS = new Set(['Factory']);

/**
 * The names of the IANA time zone database (zones and their links, from the `tzdata` package,
 * pinned to one release), by their lower-case spelling. Not the runtime's ICU list: ICU knows
 * some zones only by names IANA has retired (Asia/Calcutta for Asia/Kolkata), and changes with
 * Node. The package's rules (200 KB of JSON) are read when a zone is first checked, for their
 * names only, and let go.
 */
let ianaZones: ReadonlyMap<string, string> | undefined;

function ianaZone(lowerCased: string): string | undefined {
  ianaZones ??= new Map(
    Object.keys(
      (
        JSON.parse(readFileSync(createRequire(import.meta.url).resolve('tzdata'), 'utf8')) as {
          zones: Record<string, unknown>;
        }
      ).zones,
    )
      .filter((name) => !PLACEHOLDERS.has(name))
      .map((name) => [name.toLowerCase(), name]),
  );
  return ianaZones.get(lowerCased);
}

/**
 * An IANA time zone, sent in its IANA spelling (`asia/kolkata` as `Asia/Kolkata`): Dataflow's
 * scheduler may compare names exactly. A link stays the name the client chose (`US/Pacific`).
 */
export function checkTimeZone(zone: string, argument: string): string {
  const known = ianaZone(zone.toLowerCase());
  if (!known) throw badUserInput(argument, `"${zone}" is not an IANA time zone such as Asia/Shanghai`);
  return known;
}

/** Five strict fields (see cron.ts), sent in canonical form. */
export function checkCron(expression: string, argument: string): string {
  try {
    return canonicalCron(expression);
  } catch (error) {
    if (error instanceof CronError)
      throw badUserInput(argument, `"${expression}" is not a valid cron expression: ${error.message}`);
    throw error;
  }
}

/** A name a person reads: not blank once trimmed, and sent trimmed. */
export function checkName(name: string, argument: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw badUserInput(argument, 'must not be blank');
  return trimmed;
}

/** Report parameters: a JSON object, one variant per report type (`{"queues": ["8000"]}`). */
export function checkParams(params: unknown, argument: string): Record<string, unknown> {
  if (params === null || typeof params !== 'object' || Array.isArray(params)) {
    throw badUserInput(argument, 'must be a JSON object such as {"queues": ["8000"]}');
  }
  return params as Record<string, unknown>;
}
