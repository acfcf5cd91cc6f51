import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { relativeImportsOf, tsFilesUnder } from './helpers/source-imports.js';

const src = fileURLToPath(new URL('../src', import.meta.url));

/**
 * The folders of src/ and what each may import: the flow runs from HTTP through the schema and
 * resolvers to the datasources and their transport, never back. Files directly in src/ (the
 * server, the context, the entry points) assemble everything.
 */
const MAY_IMPORT: Record<string, readonly string[]> = {
  'clock.ts': [],
  config: [],
  logging: [],
  json: [],
  domain: [],
  errors: ['logging'],
  validation: ['domain', 'errors', 'json'],
  schema: ['domain', 'errors', 'json', 'validation'],
  cache: ['clock.ts', 'config', 'logging'],
  'datasources/transport': ['config', 'domain', 'errors', 'json', 'logging'],
  datasources: ['cache', 'clock.ts', 'domain', 'errors', 'json', 'datasources/transport'],
  connections: ['datasources', 'errors', 'schema', 'validation'],
  arguments: ['connections', 'datasources', 'domain', 'errors', 'schema', 'validation'],
  resolvers: ['arguments', 'connections', 'context.ts', 'datasources', 'domain', 'errors', 'schema', 'validation'],
  plugins: ['arguments', 'clock.ts', 'config', 'context.ts', 'errors', 'logging', 'validation'],
  http: ['cache', 'clock.ts', 'context.ts', 'domain', 'errors', 'json', 'logging', 'validation'],
  'context.ts': ['cache', 'clock.ts', 'datasources', 'datasources/transport', 'errors', 'logging'],
  'build-schema.ts': ['resolvers', 'schema'],
  'lifecycle.ts': ['config', 'logging', 'server.ts'],
  'main.ts': ['config', 'lifecycle.ts', 'logging'],
  // server.ts assembles the gateway from all of the above.
  'server.ts': ['*'],
};

/** The part of src/ a file belongs to: a folder (datasources/transport counts apart), or a root file. */
function partOf(file: string): string {
  const path = relative(src, file).split('/');
  if (path.length === 1) return path[0]!;
  return path[0] === 'datasources' && path[1] === 'transport' ? 'datasources/transport' : path[0]!;
}

const sources = () => tsFilesUnder(src);
const importsOf = relativeImportsOf;

describe('the layers of src/', () => {
  it('import only along the flow', async () => {
    const against: string[] = [];
    for (const file of await sources()) {
      const from = partOf(file);
      const allowed = MAY_IMPORT[from] ?? [];
      for (const target of await importsOf(file)) {
        const to = partOf(target);
        if (to !== from && !allowed.includes(to) && !allowed.includes('*')) {
          against.push(`${relative(src, file)} -> ${relative(src, target)}`);
        }
      }
    }
    expect(against).toEqual([]);
  });

  it('have no resolver importing another', async () => {
    const files = (await sources()).filter((file) => partOf(file) === 'resolvers' && !file.endsWith('index.ts'));
    const crossing: string[] = [];
    for (const file of files) {
      for (const target of await importsOf(file))
        if (partOf(target) === 'resolvers') crossing.push(`${relative(src, file)} -> ${relative(src, target)}`);
    }
    expect(crossing).toEqual([]);
  });

  it('have every folder and file of src/ in the table', async () => {
    const parts = new Set((await sources()).map(partOf));
    expect([...parts].filter((part) => !(part in MAY_IMPORT))).toEqual([]);
  });

  it('see every form of import', async () => {
    const probe = fileURLToPath(new URL('./helpers/import-forms.fixture.ts', import.meta.url));
    const targets = (await importsOf(probe)).map((target) => relative(src, target));
    expect(targets).toEqual(['clock.ts', 'errors/error-code.ts', 'domain/paging.ts', 'json/json-depth.ts']);
  });
});
