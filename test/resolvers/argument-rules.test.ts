import { type GraphQLObjectType, isObjectType } from 'graphql';
import { ARGUMENT_RULES } from '../../src/resolvers/argument-rules.js';
import { buildGatewaySchema } from '../../src/schema/build-schema.js';

describe('argument rules', () => {
  it('exist for every field that takes arguments, and only for such fields', async () => {
    const schema = await buildGatewaySchema();
    const types = Object.values(schema.getTypeMap())
      .filter((type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'));
    const withArguments = types.flatMap((type) => Object.values(type.getFields())
      .filter((field) => field.args.length > 0)
      .map((field) => `${type.name}.${field.name}`));
    expect(Object.keys(ARGUMENT_RULES).sort()).toEqual(withArguments.sort());
  });
});
