import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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
  plugins: ['arguments', 'config', 'context.ts', 'errors', 'validation'],
  http: ['clock.ts', 'context.ts', 'domain', 'errors', 'json', 'validation'],
};

/** The part of src/ a file belongs to: a folder (datasources/transport counts apart), or a root file. */
function partOf(file: string): string {
  const path = relative(src, file).split('/');
  if (path.length === 1) return path[0]!;
  return path[0] === 'datasources' && path[1] === 'transport' ? 'datasources/transport' : path[0]!;
}

async function sources(): Promise<string[]> {
  const entries = await readdir(src, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

async function importsOf(file: string): Promise<string[]> {
  const text = await readFile(file, 'utf8');
  return [...text.matchAll(/from '(\.{1,2}\/[^']+)\.js'/g)].map((match) => resolve(dirname(file), `${match[1]}.ts`));
}

describe('the layers of src/', () => {
  it('import only along the flow', async () => {
    const against: string[] = [];
    for (const file of await sources()) {
      const from = partOf(file);
      const allowed = MAY_IMPORT[from];
      if (!allowed) continue; // src/*.ts that assemble the gateway
      for (const target of await importsOf(file)) {
        const to = partOf(target);
        if (to !== from && !allowed.includes(to)) against.push(`${relative(src, file)} -> ${relative(src, target)}`);
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

  it('have every folder of src/ in the table', async () => {
    const parts = new Set((await sources()).map(partOf).filter((part) => !part.endsWith('.ts')));
    expect([...parts].filter((part) => !(part in MAY_IMPORT))).toEqual([]);
  });
});
