import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { LANDING_SCRIPT } from './landing-script.js';

export interface Asset {
  readonly body: Buffer;
  readonly contentType: string;
  readonly etag: string;
}

const require = createRequire(import.meta.url);

/** React's `exports` hide its UMD builds from require.resolve; its package.json is exported. */
const inPackage = (name: string, file: string): string => join(dirname(require.resolve(`${name}/package.json`)), file);

// GraphiQL and React come from the installed npm packages, not a CDN, so the editor works
// offline and behind a customer's firewall. Each is read when first asked for and kept: ~4 MB
// that a production gateway nobody opens the editor on never holds.

const JAVASCRIPT = 'text/javascript; charset=utf-8';

const SOURCES: Record<string, { file: string; contentType: string }> = {
  'react.js': { file: inPackage('react', 'umd/react.production.min.js'), contentType: JAVASCRIPT },
  'react-dom.js': { file: inPackage('react-dom', 'umd/react-dom.production.min.js'), contentType: JAVASCRIPT },
  'graphiql.js': { file: require.resolve('graphiql/graphiql.min.js'), contentType: JAVASCRIPT },
  'graphiql.css': { file: require.resolve('graphiql/graphiql.min.css'), contentType: 'text/css; charset=utf-8' },
};

function asset(body: Buffer, contentType: string): Asset {
  return { body, contentType, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
}

/** The editor's files by name, each read from its package on first use. */
export class Assets {
  private readonly loaded = new Map<string, Asset>([['landing.js', asset(Buffer.from(LANDING_SCRIPT), JAVASCRIPT)]]);

  get(name: string): Asset | undefined {
    let found = this.loaded.get(name);
    if (!found && Object.hasOwn(SOURCES, name)) {
      const source = SOURCES[name]!;
      found = asset(readFileSync(source.file), source.contentType);
      this.loaded.set(name, found);
    }
    return found;
  }
}
