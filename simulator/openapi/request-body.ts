// The JSON body of one operation, checked against its schema in the contract.
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { SimulatorError } from '../http-error.js';
import { parseJson } from '../json.js';
import { contractViolation } from './messages.js';
import type { ContractSchemas } from './schemas.js';

/** A checked body: numbers are numbers, integers past 2^53 bigints, blank fields null. */
export type JsonBody = Readonly<Record<string, unknown>>;

export class BodyCheck {
  private readonly validate: ValidateFunction;

  constructor(
    private readonly operationId: string,
    schemaAt: string,
    schemas: ContractSchemas,
  ) {
    this.validate = schemas.compile(schemas.ref(schemaAt));
  }

  /** The parsed body (an empty one is {}); throws a 400 if it is not JSON or breaks the schema. */
  check(text: string): JsonBody {
    let json: unknown = {};
    if (text.trim() !== '') {
      try {
        json = parseJson(text);
      } catch {
        throw SimulatorError.validation('request body is not valid JSON');
      }
    }
    if (!this.validate(asSchemaSees(json, true))) {
      throw contractViolation(this.validate.errors, { kind: 'body', operationId: this.operationId, value: json });
    }
    return json as JsonBody;
  }
}

/**
 * The body as the schema judges it. Ajv knows no bigint, so big integers become (rounded) numbers:
 * still integers, which is all a schema can ask of them. And a field sent as null is left out:
 * by the contract's conventions a blank field is null, whatever type it has when given.
 */
function asSchemaSees(value: unknown, topLevel: boolean): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map((item) => asSchemaSees(item, false));
  if (typeof value !== 'object' || value === null) return value;
  const fields = Object.entries(value).filter(([, field]) => !(topLevel && field === null));
  return Object.fromEntries(fields.map(([key, field]) => [key, asSchemaSees(field, false)]));
}
