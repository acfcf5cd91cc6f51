// The operations of the contract, each with its method, its path and a check of what it is sent:
// path and query parameters, then the JSON body. Read and compiled once per process.
import { dereference, HTTP_METHODS, pointer, readContractDocument } from './document.js';
import type {
  HttpMethod,
  LoadedDocument,
  OpenApiDocument,
  Operation,
  Parameter,
  PathItem,
  Reference,
} from './document.js';
import { ParameterCheck } from './parameters.js';
import type { PlacedParameter } from './parameters.js';
import { BodyCheck } from './request-body.js';
import type { JsonBody } from './request-body.js';
import { ContractSchemas } from './schemas.js';

export interface RawRequest {
  /** Path parameters, decoded. */
  params: Readonly<Record<string, string>>;
  query: Readonly<Record<string, string>>;
  body: string;
}

export interface CheckedRequest {
  /** Query parameters typed as the contract types them, with its defaults. */
  query: Readonly<Record<string, unknown>>;
  /** {} for an operation that takes no body. */
  body: JsonBody;
}

export interface ContractOperation {
  readonly operationId: string;
  /** Upper case, as on the wire. */
  readonly method: string;
  /** Under the server's base path, parameters as ':name': '/api/dataflow/report_jobs/:id'. */
  readonly path: string;
  /** Throws a 400 VALIDATE_FAILED naming the first thing that breaks the contract. */
  check(request: RawRequest): CheckedRequest;
}

let loading: Promise<readonly ContractOperation[]> | undefined;

/** The operations of contract/dataflow-openapi.yaml; the file is read once per process. */
export function loadContract(): Promise<readonly ContractOperation[]> {
  loading ??= readContractDocument().then(operationsOf);
  return loading;
}

function operationsOf(loaded: LoadedDocument): ContractOperation[] {
  const { document } = loaded;
  const schemas = new ContractSchemas(loaded);
  const base = new URL(document.servers?.[0]?.url ?? 'http://localhost/').pathname.replace(/\/$/, '');
  return Object.entries(document.paths).flatMap(([path, item]) =>
    HTTP_METHODS.filter((method) => item[method]).map((method) => operationOf(document, schemas, base, path, method)),
  );
}

function operationOf(
  document: OpenApiDocument,
  schemas: ContractSchemas,
  base: string,
  path: string,
  method: HttpMethod,
): ContractOperation {
  const item = document.paths[path] as PathItem;
  const operation = item[method] as Operation;
  const { operationId } = operation;
  if (!operationId) throw new Error(`${method.toUpperCase()} ${path} in the contract has no operationId`);
  const placed = parametersOf(document, path, method);
  const checkOf = (kind: 'path' | 'query'): ParameterCheck =>
    new ParameterCheck(
      kind,
      operationId,
      placed.filter(({ parameter }) => parameter.in === kind),
      schemas,
    );
  const pathCheck = checkOf('path');
  const queryCheck = checkOf('query');
  const bodyAt = bodySchemaOf(document, path, method, operation);
  const bodyCheck = bodyAt === undefined ? undefined : new BodyCheck(operationId, bodyAt, schemas);
  return {
    operationId,
    method: method.toUpperCase(),
    path: base + path.replace(/\{([^}]+)\}/g, ':$1'),
    check: (request) => {
      pathCheck.check(request.params);
      return { query: queryCheck.check(request.query), body: bodyCheck ? bodyCheck.check(request.body) : {} };
    },
  };
}

/** The path's parameters, then the operation's; the operation's win where both name one. */
function parametersOf(document: OpenApiDocument, path: string, method: HttpMethod): PlacedParameter[] {
  const item = document.paths[path] as PathItem;
  const place = (list: readonly (Parameter | Reference)[] | undefined, at: string): PlacedParameter[] =>
    (list ?? []).map((entry, index) => {
      const { value, at: found } = dereference<Parameter>(document, entry, `${at}/${index}`);
      return { parameter: value, schemaAt: `${found}/schema` };
    });
  const shared = place(item.parameters, pointer('paths', path, 'parameters'));
  const own = place(item[method]?.parameters, pointer('paths', path, method, 'parameters'));
  const byKey = new Map<string, PlacedParameter>();
  for (const placed of [...shared, ...own]) byKey.set(`${placed.parameter.in} ${placed.parameter.name}`, placed);
  return [...byKey.values()];
}

/** The fragment of the operation's JSON body schema, if it takes one. */
function bodySchemaOf(
  document: OpenApiDocument,
  path: string,
  method: string,
  operation: Operation,
): string | undefined {
  if (!operation.requestBody) return undefined;
  const { value, at } = dereference(document, operation.requestBody, pointer('paths', path, method, 'requestBody'));
  if (!value.content?.['application/json']?.schema) {
    throw new Error(`${method.toUpperCase()} ${path} in the contract takes a body that is not JSON`);
  }
  return `${at}/content/application~1json/schema`;
}
