import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import {
  buildSchema,
  findBreakingChanges,
  findDangerousChanges,
  type GraphQLSchema,
  isInputObjectType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { buildGatewaySchema } from '../../src/build-schema.js';
import { printGatewaySchema } from '../../src/schema/print-schema.js';

const contractPath = new URL('../../contract/schema.graphql', import.meta.url);
const sharedContract = new URL('../../../shared/contract/', import.meta.url);
const printedPath = new URL('../../schema.graphql', import.meta.url);

let contract: GraphQLSchema;
let generated: GraphQLSchema;

beforeAll(async () => {
  contract = buildSchema(await readFile(contractPath, 'utf8'));
  generated = await buildGatewaySchema();
});

describe('the generated schema against the public contract', () => {
  it('has no breaking change', () => {
    expect(findBreakingChanges(contract, generated).map((change) => change.description)).toEqual([]);
  });

  it('has no dangerous change (defaults, argument and enum changes)', () => {
    expect(findDangerousChanges(contract, generated).map((change) => change.description)).toEqual([]);
  });

  it('keeps nullable every output field and argument default the contract leaves nullable', () => {
    const tightened: string[] = [];
    for (const type of Object.values(contract.getTypeMap())) {
      if (!(isObjectType(type) || isInterfaceType(type)) || type.name.startsWith('__')) continue;
      const counterpart = generated.getType(type.name);
      if (!counterpart || !(isObjectType(counterpart) || isInterfaceType(counterpart))) continue;
      for (const field of Object.values(type.getFields())) {
        const mine = counterpart.getFields()[field.name];
        if (mine && !isNonNullType(field.type) && isNonNullType(mine.type))
          tightened.push(`${type.name}.${field.name}`);
      }
    }
    expect(tightened).toEqual([]);
  });

  it('serves every Query and Mutation field of the contract', () => {
    const missing = ['Query', 'Mutation'].flatMap((root) => {
      const contractRoot = contract.getType(root);
      const mine = generated.getType(root);
      if (!isObjectType(contractRoot) || !isObjectType(mine)) return [root];
      return Object.keys(contractRoot.getFields())
        .filter((name) => !mine.getFields()[name])
        .map((name) => `${root}.${name}`);
    });
    expect(missing).toEqual([]);
  });

  it('declares every contract input type with the same fields', () => {
    const differences: string[] = [];
    for (const type of Object.values(contract.getTypeMap())) {
      if (!isInputObjectType(type)) continue;
      const mine = generated.getType(type.name);
      if (!isInputObjectType(mine)) {
        differences.push(type.name);
        continue;
      }
      for (const field of Object.values(type.getFields())) {
        const counterpart = mine.getFields()[field.name];
        if (!counterpart || String(counterpart.type) !== String(field.type))
          differences.push(`${type.name}.${field.name}`);
      }
    }
    expect(differences).toEqual([]);
  });
});

describe('schema.graphql at the repository root', () => {
  it('is the schema the gateway serves (run `npm run schema:print` after changing a type)', async () => {
    const printed = await readFile(printedPath, 'utf8').catch(() => '');
    expect(printed).toBe(printGatewaySchema(generated));
  });
});

describe('the contract snapshot in contract/', () => {
  const shared = existsSync(sharedContract);

  (shared ? it : it.skip)(
    'is the same as ../shared/contract (refresh it with cp ../shared/contract/* contract/)',
    async () => {
      for (const file of ['schema.graphql', 'dataflow-openapi.yaml']) {
        const snapshot = await readFile(new URL(`../../contract/${file}`, import.meta.url), 'utf8');
        expect(snapshot).toBe(await readFile(new URL(file, sharedContract), 'utf8'));
      }
    },
  );
});
