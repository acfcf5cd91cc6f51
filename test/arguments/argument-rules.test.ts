import {
  getNullableType,
  type GraphQLInputType,
  type GraphQLObjectType,
  isEnumType,
  isInputObjectType,
  isListType,
  isObjectType,
} from 'graphql';
import { parseDateTime } from '../../src/domain/date-time.js';
import { GatewayError } from '../../src/errors/gateway-error.js';
import { ARGUMENT_RULES } from '../../src/arguments/argument-rules.js';
import { buildGatewaySchema } from '../../src/build-schema.js';

/** A value of the type as graphql-js hands it to a resolver after coercion. */
function sample(type: GraphQLInputType): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [sample(nullable.ofType)];
  if (isInputObjectType(nullable)) {
    return Object.fromEntries(Object.values(nullable.getFields()).map((field) => [field.name, sample(field.type)]));
  }
  if (isEnumType(nullable)) return nullable.getValues().find((value) => value.name !== 'UNKNOWN')!.value;
  switch (nullable.name) {
    case 'String':
      return '8000';
    case 'ID':
      return 'NzAwNTUxOTA5NzczMTQ4MTYw';
    case 'Int':
      return 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'DateTime':
      return parseDateTime('2026-11-27T00:00:00Z');
    case 'JSON':
      return {};
    default:
      throw new Error(`no sample for ${nullable.name}`);
  }
}

describe('argument rules', () => {
  let types: GraphQLObjectType[];
  beforeAll(async () => {
    const schema = await buildGatewaySchema();
    types = Object.values(schema.getTypeMap()).filter(
      (type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'),
    );
  });

  it('exist for every field that takes arguments, and only for such fields', () => {
    const withArguments = types.flatMap((type) =>
      Object.values(type.getFields())
        .filter((field) => field.args.length > 0)
        .map((field) => `${type.name}.${field.name}`),
    );
    expect(Object.keys(ARGUMENT_RULES).sort()).toEqual(withArguments.sort());
  });

  it('read the arguments the schema gives: on any arguments of the right types they answer or refuse, never break', () => {
    for (const type of types) {
      for (const field of Object.values(type.getFields()).filter((candidate) => candidate.args.length > 0)) {
        const coordinate = `${type.name}.${field.name}`;
        const args = Object.fromEntries(field.args.map((argument) => [argument.name, sample(argument.type)]));
        let outcome = 'answered';
        try {
          ARGUMENT_RULES[coordinate]!(args);
        } catch (error) {
          outcome = error instanceof GatewayError ? 'refused' : `broke: ${String(error)}`;
        }
        expect([coordinate, outcome]).toEqual([coordinate, expect.stringMatching(/^(answered|refused)$/)]);
      }
    }
  });
});
