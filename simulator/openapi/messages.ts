// A schema violation in the words of a Dataflow error: the field or parameter, the rule read off
// the contract's schema, and the value that broke it, as it was sent.
import type { ErrorObject } from 'ajv/dist/2020.js';
import { SimulatorError } from '../http-error.js';
import { writeJson } from '../json.js';
import { unescapeSegment } from './document.js';

type Schema = Readonly<Record<string, unknown>>;

/** Where the checked value came from, for the message. */
export interface Source {
  kind: 'path' | 'query' | 'body';
  operationId: string;
  /** As sent: raw strings for path and query, the parsed JSON for a body. */
  value: unknown;
}

/** Keywords whose failure the schema's description explains; others fall back on Ajv's text. */
const DESCRIBED = new Set(['type', 'enum', 'format', 'minimum', 'maximum']);

/** The 400 VALIDATE_FAILED for the first of a check's errors. */
export function contractViolation(errors: readonly ErrorObject[] | null | undefined, source: Source): SimulatorError {
  const [error] = errors ?? [];
  return SimulatorError.validation(error ? violationMessage(error, source) : `the ${source.kind} breaks the contract`);
}

function violationMessage(error: ErrorObject, source: Source): string {
  const path = instanceSegments(error.instancePath);
  if (error.keyword === 'required') {
    return `${nameOf([...path, String(error.params['missingProperty'])], source)} is required`;
  }
  if (error.keyword === 'additionalProperties') {
    const extra = String(error.params['additionalProperty']);
    return source.kind === 'body'
      ? `${nameOf([...path, extra], source)} is not allowed`
      : unknownParameter(extra, error, source);
  }
  const got = `got ${show(valueAt(source.value, path))}`;
  const schema = (error.parentSchema ?? {}) as Schema;
  if (DESCRIBED.has(error.keyword)) return `${nameOf(path, source)} must be ${describe(schema)}, ${got}`;
  return `${nameOf(path, source)} ${error.message ?? 'is not valid'}, ${got}`;
}

function unknownParameter(name: string, error: ErrorObject, source: Source): string {
  const known = Object.keys(
    (error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {},
  );
  const takes = known.length > 0 ? `it takes ${known.join(', ')}` : 'it takes none';
  return `${name} is not a ${source.kind} parameter of ${source.operationId}; ${takes}`;
}

function instanceSegments(instancePath: string): string[] {
  if (instancePath === '') return [];
  return instancePath.slice(1).split('/').map(unescapeSegment);
}

/** 'queues[0]', 'params.queues'; the body itself is 'request body'. */
function nameOf(path: readonly string[], source: Source): string {
  if (path.length === 0) return source.kind === 'body' ? 'request body' : `the ${source.kind} parameters`;
  return path
    .map((segment, index) => (/^\d+$/.test(segment) ? `[${segment}]` : index === 0 ? segment : `.${segment}`))
    .join('');
}

function valueAt(root: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((value, segment) => (value as Record<string, unknown> | undefined)?.[segment], root);
}

function show(value: unknown): string {
  return value === undefined ? 'nothing' : writeJson(value);
}

/** The rule a schema states, as a phrase: 'an integer from 1 to 100', 'one of CSV, HTML'. */
function describe(schema: Schema): string {
  if (Array.isArray(schema['enum'])) return `one of ${schema['enum'].map(String).join(', ')}`;
  return typesOf(schema)
    .map((type) => describeType(type, schema))
    .join(' or ');
}

function typesOf(schema: Schema): string[] {
  const type = schema['type'];
  return Array.isArray(type) ? type.map(String) : typeof type === 'string' ? [type] : [];
}

function describeType(type: string, schema: Schema): string {
  switch (type) {
    case 'string':
      return schema['format'] === 'date-time'
        ? 'an RFC 3339 date-time with an explicit offset (Z or ±hh:mm)'
        : 'a string';
    case 'boolean':
      return 'true or false';
    case 'integer':
    case 'number':
      return describeNumber(type, schema);
    case 'array':
      return schema['items'] ? `an array of ${plural(schema['items'] as Schema)}` : 'an array';
    case 'object':
      return 'a JSON object';
    default:
      return type;
  }
}

const INTEGER_WIDTHS: Readonly<Record<string, string>> = { int32: '32-bit', int64: '64-bit' };

function describeNumber(type: 'integer' | 'number', schema: Schema): string {
  const { noun, range } = numberRule(type, schema);
  if (range === ' of at least 0') return `a non-negative ${noun}`;
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}${range}`;
}

function numberRule(type: 'integer' | 'number', schema: Schema): { noun: string; range: string } {
  const min = schema['minimum'] as number | undefined;
  const max = schema['maximum'] as number | undefined;
  // The width matters only when no maximum says more.
  const width = max === undefined ? INTEGER_WIDTHS[String(schema['format'])] : undefined;
  const noun = type === 'integer' && width ? `${width} integer` : type;
  if (min !== undefined && max !== undefined) return { noun, range: ` from ${min} to ${max}` };
  if (min !== undefined) return { noun, range: ` of at least ${min}` };
  return { noun, range: max !== undefined ? ` of at most ${max}` : '' };
}

function plural(items: Schema): string {
  if (Array.isArray(items['enum'])) return `values from ${items['enum'].map(String).join(', ')}`;
  const [type] = typesOf(items);
  if (type === 'integer' || type === 'number') {
    const { noun, range } = numberRule(type, items);
    return range === ' of at least 0' ? `non-negative ${noun}s` : `${noun}s${range}`;
  }
  if (type === 'string') return items['format'] === 'date-time' ? 'RFC 3339 date-times' : 'strings';
  if (type === 'object') return 'JSON objects';
  return 'values';
}
