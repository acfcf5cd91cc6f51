// What a route handler sees and answers; the pipeline does the HTTP around it.
import type { SimulatorState } from './state.js';

export interface RouteRequest {
  params: Readonly<Record<string, string>>;
  query: Readonly<Record<string, string>>;
  /** Raw request text; handlers that take JSON parse it with parseBody. */
  body: string;
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

export interface Route {
  method: 'GET' | 'POST';
  /** e.g. '/api/dataflow/report_jobs/:id'. */
  path: string;
  /** The contract's operationId. */
  operationId: string;
  handle(request: RouteRequest): RouteReply;
}

export function ok(body: unknown, status = 200): RouteReply {
  return { status, body };
}
