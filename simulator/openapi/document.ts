// contract/dataflow-openapi.yaml, found beside the simulator and read once: the part of OpenAPI
// 3.1 the simulator needs (operations, their parameters and JSON request bodies).
import { access, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

/**
 * The repository's contract/ folder as seen from this module: from the sources
 * (simulator/openapi/) it is two folders up, from a build (dist/simulator/openapi/, or
 * /app/dist/simulator/openapi/ in the simulator image, beside /app/contract) three.
 */
const CANDIDATES = ['../../contract/dataflow-openapi.yaml', '../../../contract/dataflow-openapi.yaml'].map(
  (relative) => new URL(relative, import.meta.url),
);

export const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface Reference {
  $ref: string;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Record<string, unknown>;
}

export interface Operation {
  operationId?: string;
  parameters?: (Parameter | Reference)[];
  requestBody?: { content?: Record<string, { schema?: unknown }> };
}

export type PathItem = { parameters?: (Parameter | Reference)[] } & Partial<Record<HttpMethod, Operation>>;

export interface OpenApiDocument {
  servers?: { url: string }[];
  paths: Record<string, PathItem>;
  components?: Record<string, Record<string, unknown>>;
}

/** The document, and the URL it was read from (the base of its $refs). */
export interface LoadedDocument {
  url: URL;
  document: OpenApiDocument;
}

export async function readContractDocument(): Promise<LoadedDocument> {
  const url = await firstExisting(CANDIDATES);
  const document = parseYaml(await readFile(url, 'utf8')) as OpenApiDocument;
  if (typeof document !== 'object' || document === null || typeof document.paths !== 'object') {
    throw new Error(`${fileURLToPath(url)} is not an OpenAPI document: it has no paths`);
  }
  return { url, document };
}

async function firstExisting(urls: readonly URL[]): Promise<URL> {
  for (const url of urls) {
    try {
      await access(url);
      return url;
    } catch {
      // Try the next place.
    }
  }
  throw new Error(
    `the simulator cannot find its contract; looked at ${urls.map((url) => fileURLToPath(url)).join(' and ')}`,
  );
}

/** A JSON pointer written as a URI fragment, each segment escaped. */
export function pointer(...segments: readonly (string | number)[]): string {
  const escaped = segments.map((segment) =>
    encodeURIComponent(String(segment).replace(/~/g, '~0').replace(/\//g, '~1')),
  );
  return `#/${escaped.join('/')}`;
}

/** One segment of a JSON pointer as the key it stands for. */
export function unescapeSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Follows a local $ref ('#/components/parameters/top') to its target and the target's pointer. */
export function dereference<T>(document: OpenApiDocument, value: T | Reference, at: string): { value: T; at: string } {
  if (!isReference(value)) return { value, at };
  const { $ref } = value;
  if (!$ref.startsWith('#/')) throw new Error(`only local $refs are supported, got ${$ref}`);
  let target: unknown = document;
  for (const segment of $ref.slice(2).split('/')) {
    const key = unescapeSegment(decodeURIComponent(segment));
    target = typeof target === 'object' && target !== null ? (target as Record<string, unknown>)[key] : undefined;
  }
  if (target === undefined) throw new Error(`$ref ${$ref} points at nothing`);
  return { value: target as T, at: $ref };
}

function isReference(value: unknown): value is Reference {
  return typeof value === 'object' && value !== null && typeof (value as Reference).$ref === 'string';
}
