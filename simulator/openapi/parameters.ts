// The path or query parameters of one operation, checked against their schemas in the contract.
// Parameters arrive as text: a value whose schema is not a string is read as the JSON literal it
// spells ('25', 'true') before the check, so that 'ten' fails as text and '0' fails its minimum.
import type { ValidateFunction } from 'ajv/dist/2020.js';
import type { Parameter } from './document.js';
import { contractViolation } from './messages.js';
import type { ContractSchemas } from './schemas.js';

/** A parameter of the contract and the fragment of its schema in the document. */
export interface PlacedParameter {
  parameter: Parameter;
  schemaAt: string;
}

const JSON_LITERAL = /^(?:true|false|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)$/;

export class ParameterCheck {
  private readonly validate: ValidateFunction;
  private readonly byName: ReadonlyMap<string, Parameter>;

  constructor(
    private readonly kind: 'path' | 'query',
    private readonly operationId: string,
    placed: readonly PlacedParameter[],
    schemas: ContractSchemas,
  ) {
    this.byName = new Map(placed.map(({ parameter }) => [parameter.name, parameter]));
    // One that the contract does not list is refused rather than ignored, so that a client
    // relying on it (orderby on a list without one) finds out.
    this.validate = schemas.compile({
      type: 'object',
      properties: Object.fromEntries(placed.map(({ parameter, schemaAt }) => [parameter.name, schemas.ref(schemaAt)])),
      required: placed.filter(({ parameter }) => parameter.required).map(({ parameter }) => parameter.name),
      additionalProperties: false,
    });
  }

  /** The values typed as the contract types them, its defaults filled in; throws a 400 otherwise. */
  check(raw: Readonly<Record<string, string>>): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    for (const [name, text] of Object.entries(raw)) values[name] = this.typed(text, this.byName.get(name));
    if (!this.validate(values)) {
      throw contractViolation(this.validate.errors, { kind: this.kind, operationId: this.operationId, value: raw });
    }
    for (const [name, parameter] of this.byName) {
      const fallback = parameter.schema?.['default'];
      if (values[name] === undefined && fallback !== undefined) values[name] = fallback;
    }
    return values;
  }

  private typed(text: string, parameter: Parameter | undefined): unknown {
    const type = parameter?.schema?.['type'];
    const textual = type === undefined || type === 'string' || (Array.isArray(type) && type.includes('string'));
    return !textual && JSON_LITERAL.test(text) ? (JSON.parse(text) as unknown) : text;
  }
}
