import { getNullableType, type GraphQLInputType, isInputObjectType, isListType, isScalarType } from 'graphql';
import { badUserInput } from '../errors/gateway-error.js';
import { findNumber, MAX_JSON_DEPTH, nestsDeeperThan } from '../json/json-depth.js';
import { MAX_CRON_LENGTH } from './cron.js';

// How much one argument may carry. Every list and every string a client can send has a bound,
// checked on the coerced arguments before credentials, cost or any upstream call
// (plugins/checks/input.check.ts); a test proves no list input of the schema lacks one.

export const MAX_QUEUE_NUMBERS = 100;
export const MAX_AGENT_NUMBERS = 200;
export const MAX_TENANTS = 100;
export const MAX_RECIPIENTS = 50;
export const MAX_ORDER_TERMS = 4;
/** Characters of a report job's name, and of the text searched for in names. */
export const MAX_NAME_LENGTH = 128;
/** Characters of any other string or ID input. */
export const MAX_TEXT_LENGTH = 256;
/** Characters of an e-mail address (RFC 5321's path limit). */
export const MAX_EMAIL_LENGTH = 254;
export const MAX_TIME_ZONE_LENGTH = 64;
/** Characters of a JSON input (report params) written out as JSON. */
export const MAX_JSON_LENGTH = 32_768;

export interface InputLimit {
  /** Most items of a list. */
  readonly maxItems?: number;
  /** Most characters of a string (of each string, for a list of strings), or of JSON's text. */
  readonly maxLength?: number;
}

/**
 * Limits by schema coordinate: `Type.field(argument:)` for arguments, `InputType.field` for
 * fields of input types. Strings without an entry get MAX_TEXT_LENGTH.
 */
export const INPUT_LIMITS: Readonly<Record<string, InputLimit>> = {
  'Query.queueSummary(queues:)': { maxItems: MAX_QUEUE_NUMBERS },
  'Query.queues(numbers:)': { maxItems: MAX_QUEUE_NUMBERS },
  'Queue.agents(numbers:)': { maxItems: MAX_AGENT_NUMBERS },
  'Query.callVolume(tenants:)': { maxItems: MAX_TENANTS },
  'Query.reportJobs(orderBy:)': { maxItems: MAX_ORDER_TERMS },
  'Query.reportExecutions(orderBy:)': { maxItems: MAX_ORDER_TERMS },
  'ReportJobWhere.scheduleNameContains': { maxLength: MAX_NAME_LENGTH },
  ...reportJobInputLimits('CreateReportJobInput'),
  ...reportJobInputLimits('UpdateReportJobInput'),
};

function reportJobInputLimits(type: string): Record<string, InputLimit> {
  return {
    [`${type}.recipients`]: { maxItems: MAX_RECIPIENTS, maxLength: MAX_EMAIL_LENGTH },
    [`${type}.scheduleName`]: { maxLength: MAX_NAME_LENGTH },
    [`${type}.cronExpr`]: { maxLength: MAX_CRON_LENGTH },
    [`${type}.timezone`]: { maxLength: MAX_TIME_ZONE_LENGTH },
    [`${type}.params`]: { maxLength: MAX_JSON_LENGTH },
  };
}

/** C0 and C1 control characters and DEL: nothing a name, number or address needs. */
const CONTROL = /\p{Cc}/u;

function checkText(value: string, limit: InputLimit, path: string): void {
  const maxLength = limit.maxLength ?? MAX_TEXT_LENGTH;
  if (value.length > maxLength)
    throw badUserInput(path, `must be at most ${maxLength} characters, got ${value.length}`);
  const control = CONTROL.exec(value);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    throw badUserInput(path, `must not contain control characters (U+${code} at position ${control.index})`);
  }
}

/** JSON inputs: bounded in depth (also as literals in the document) and in size, numbers finite. */
function checkJson(value: unknown, limit: InputLimit, path: string): void {
  if (nestsDeeperThan(value, MAX_JSON_DEPTH))
    throw badUserInput(path, `must not nest deeper than ${MAX_JSON_DEPTH} levels`);
  // 1e400 reads as Infinity, which JSON cannot write: Dataflow would get null.
  const infinite = findNumber(value, path, (number) => !Number.isFinite(number));
  if (infinite) throw badUserInput(infinite, 'must be a finite number');
  const maxLength = limit.maxLength ?? MAX_JSON_LENGTH;
  const length = JSON.stringify(value)?.length ?? 0;
  if (length > maxLength) throw badUserInput(path, `must be at most ${maxLength} characters as JSON, got ${length}`);
}

/**
 * Checks one coerced argument value against the limits of its coordinate and, inside input
 * objects, of each field's. Recursion follows the input types, which are a few levels deep;
 * JSON values are walked iteratively.
 */
export function checkInputValue(value: unknown, type: GraphQLInputType, coordinate: string, path: string): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  const limit = INPUT_LIMITS[coordinate] ?? {};
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return;
    if (limit.maxItems !== undefined && value.length > limit.maxItems) {
      throw badUserInput(path, `may hold at most ${limit.maxItems} items, got ${value.length}`);
    }
    value.forEach((item, index) => checkInputValue(item, nullable.ofType, coordinate, `${path}[${index}]`));
    return;
  }
  if (isInputObjectType(nullable)) {
    for (const field of Object.values(nullable.getFields())) {
      checkInputValue(
        (value as Record<string, unknown>)[field.name],
        field.type,
        `${nullable.name}.${field.name}`,
        `${path}.${field.name}`,
      );
    }
    return;
  }
  if (isScalarType(nullable) && nullable.name === 'JSON') checkJson(value, limit, path);
  else if (typeof value === 'string') checkText(value, limit, path);
}
