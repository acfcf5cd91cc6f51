import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

/** Every .ts file under a folder. */
export async function tsFilesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * The files a TypeScript file imports by relative path, in every form: `import … from '…'`,
 * `export … from '…'`, `import '…'` for its effects, and `import('…')`. Each as the .ts file it
 * names.
 */
export async function relativeImportsOf(file: string): Promise<string[]> {
  const text = await readFile(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:\bfrom\s+|\bimport\s+|\bimport\s*\(\s*)'(\.{1,2}\/[^']+)'/g)].map(
    (match) => match[1]!,
  );
  return specifiers.map((specifier) => resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
}
