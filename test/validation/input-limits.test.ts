import {
  getNamedType,
  getNullableType,
  type GraphQLInputType,
  isInputObjectType,
  isListType,
  isObjectType,
} from 'graphql';
import { buildGatewaySchema } from '../../src/build-schema.js';
import { INPUT_LIMITS } from '../../src/validation/input-limits.js';

/** Every place a client can put a value: `Type.field(argument:)` and `InputType.field`. */
async function inputCoordinates(): Promise<Map<string, GraphQLInputType>> {
  const schema = await buildGatewaySchema();
  const coordinates = new Map<string, GraphQLInputType>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        for (const argument of field.args)
          coordinates.set(`${type.name}.${field.name}(${argument.name}:)`, argument.type);
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) coordinates.set(`${type.name}.${field.name}`, field.type);
    }
  }
  return coordinates;
}

describe('input limits', () => {
  it('bound every list a client can send', async () => {
    const unbounded = [...(await inputCoordinates())]
      .filter(([, type]) => isListType(getNullableType(type)))
      .filter(([coordinate]) => INPUT_LIMITS[coordinate]?.maxItems === undefined)
      .map(([coordinate]) => coordinate);
    expect(unbounded).toEqual([]);
  });

  it('name only coordinates the schema has, with the type they limit', async () => {
    const coordinates = await inputCoordinates();
    for (const [coordinate, limit] of Object.entries(INPUT_LIMITS)) {
      const type = coordinates.get(coordinate);
      expect([coordinate, type !== undefined]).toEqual([coordinate, true]);
      if (limit.maxItems !== undefined)
        expect([coordinate, isListType(getNullableType(type!))]).toEqual([coordinate, true]);
      if (limit.maxLength !== undefined)
        expect([coordinate, ['String', 'ID', 'JSON'].includes(getNamedType(type!).name)]).toEqual([coordinate, true]);
    }
  });

  it('are told to clients in the schema', async () => {
    const schema = await buildGatewaySchema();
    for (const [coordinate, limit] of Object.entries(INPUT_LIMITS)) {
      if (limit.maxItems === undefined) continue;
      const match = /^(\w+)\.(\w+)(?:\((\w+):\))?$/.exec(coordinate)!;
      const [, typeName, fieldName, argumentName] = match;
      const type = schema.getType(typeName!) as {
        getFields(): Record<
          string,
          { description?: string | null; args?: ReadonlyArray<{ name: string; description?: string | null }> }
        >;
      };
      const field = type.getFields()[fieldName!]!;
      const description = argumentName
        ? field.args!.find((argument) => argument.name === argumentName)!.description
        : field.description;
      expect([coordinate, description]).toEqual([coordinate, expect.stringContaining(String(limit.maxItems))]);
    }
  });
});
