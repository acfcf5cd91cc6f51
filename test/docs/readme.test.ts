import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

async function sources(folder: string): Promise<string> {
  const entries = await readdir(join(root, folder), { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.ts'));
  const texts = await Promise.all(files.map((file) => readFile(join(file.parentPath, file.name), 'utf8')));
  return texts.join('\n');
}

describe('the README', () => {
  let readme: string;
  beforeAll(async () => {
    readme = await readFile(join(root, 'README.md'), 'utf8');
  });

  it('names only environment variables the code reads', async () => {
    const code = (await Promise.all(['src', 'simulator', 'dev', 'test', 'bench'].map(sources))).join('\n');
    const documented = [...readme.matchAll(/`([A-Z][A-Z0-9_]{2,})`/g)]
      .map((match) => match[1]!)
      .filter((name) => name.includes('_') || ['PORT', 'HOST'].includes(name));
    expect(documented.length).toBeGreaterThan(15);
    const unknown = [...new Set(documented)].filter((name) => !new RegExp(`['"\\[.]${name}\\b`).test(code));
    expect(unknown).toEqual([]);
  });

  it('documents every variable the configuration reads', async () => {
    const config = (
      await Promise.all(
        ['src/config/config.ts', 'dev/simulator-settings.ts'].map((file) => readFile(join(root, file), 'utf8')),
      )
    ).join('\n');
    const read = [...config.matchAll(/\(env, '([A-Z_]+)'/g), ...config.matchAll(/env\.([A-Z_]+)/g)].map(
      (match) => match[1]!,
    );
    expect(read.length).toBeGreaterThan(15);
    expect([...new Set(read)].filter((name) => !readme.includes(`\`${name}\``))).toEqual([]);
  });

  it('gives the two commands of a newcomer, and .ci/run runs the same test command', async () => {
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toMatch(/^npm test\b/m);
    const ci = await readFile(join(root, '.ci/run'), 'utf8');
    expect(ci).toMatch(/^npm ci\b/m);
    expect(ci).toMatch(/^npm test$/m);
  });
});
