// What a route handler sees and answers; the pipeline does the HTTP around it, and the contract's
// check has run before any handler does.
import type { JsonBody } from './body-fields.js';
import type { ContractOperation } from './openapi/operations.js';
import type { SimulatorState } from './state.js';

export interface RouteRequest {
  /** Path parameters as sent, decoded. */
  params: Readonly<Record<string, string>>;
  /** Query parameters typed as the contract types them, with its defaults (skip, top, count). */
  query: Readonly<Record<string, unknown>>;
  /** The JSON body as the contract checked it; {} when the function takes none. */
  body: JsonBody;
  /** The bearer token: it scopes report data. */
  token: string;
  /** The signed-in user of the /user/ functions. */
  user: string;
  state: SimulatorState;
}

export interface RouteReply {
  status: number;
  /** Written as JSON (bigint as bare numbers); undefined means an empty body. */
  body?: unknown;
}

export type Handler = (request: RouteRequest) => RouteReply;

/** Handlers by the contract's operationId. */
export type Handlers = Readonly<Record<string, Handler>>;

/** An operation of the contract (method, path, checks) and what the simulator answers it with. */
export interface Route {
  operation: ContractOperation;
  handle: Handler;
}

export function ok(body: unknown, status = 200): RouteReply {
  return { status, body };
}
