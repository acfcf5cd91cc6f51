// One request, start to finish: read, record, apply a fault, route, authenticate, check against
// the contract, handle, delay, answer. Recording and faults come before routing errors and auth,
// so tests can count and break any request, whatever it looks like.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { bearerToken, userOfToken } from './auth.js';
import type { FaultBook } from './faults.js';
import { SimulatorError, errorBody } from './http-error.js';
import type { DataflowErrorCode } from './http-error.js';
import { writeJson } from './json.js';
import type { RouteMatch, Router } from './router.js';
import type { RequestLog } from './request-log.js';
import type { Sleeper } from './sleeper.js';
import type { SimulatorState } from './state.js';
import type { FaultKind } from './types.js';

export interface PipelineDeps {
  state: SimulatorState;
  router: Router;
  faults: FaultBook;
  log: RequestLog;
  latencyMs: number;
  sleeper: Sleeper;
}

/** What goes on the wire: a status, an optional body text and extra headers. */
interface Answer {
  status: number;
  text?: string;
  headers?: Record<string, string>;
}

/** Cut short on purpose: the 'malformed' fault's body. */
const MALFORMED_JSON = '{"items":[{"id":"NzAwNTUxOTA5NzczMTQ4MTYw","schedule_name":"Daily qu';

export async function handleRequest(req: IncomingMessage, res: ServerResponse, deps: PipelineDeps): Promise<void> {
  // Wall-clock arrival, not the data clock: tests fix the latter and measure concurrency with this.
  const at = Date.now();
  const read = await readBody(req);
  if (read === undefined) {
    send(res, errorAnswer(413, 'UNKNOWN', `request body larger than ${MAX_BODY_BYTES} bytes`));
    return;
  }
  const body = read;
  const method = req.method ?? 'GET';
  const url = new URL(req.url ?? '/', 'http://simulator.invalid');
  const query = Object.fromEntries(url.searchParams);
  const match = deps.router.match(method, url.pathname);
  const operationId = match.kind === 'found' ? match.route.operation.operationId : 'unknown';
  deps.log.record({ operationId, method, path: url.pathname, query, body, headers: headersOf(req), at });

  const fault = deps.faults.take(operationId);
  // A hung request stays open until close() destroys its socket.
  if (fault?.kind === 'hang') return;
  if (fault?.kind === 'reset') {
    req.socket.destroy();
    return;
  }
  const answer =
    faultAnswer(fault) ?? dispatch(match, { query, body, authorization: req.headers.authorization, state: deps.state });
  const delay = deps.latencyMs + (fault?.kind === 'latency' ? fault.ms : 0);
  if (delay > 0 && !(await deps.sleeper.sleep(delay))) return;
  if (fault?.kind === 'hold' && !(await deps.sleeper.wait(fault.until))) return;
  send(res, answer);
}

function faultAnswer(fault: FaultKind | undefined): Answer | undefined {
  if (fault?.kind === 'status') {
    const text = fault.body ?? writeJson(errorBody('UNKNOWN', `injected fault: status ${fault.status}`));
    return { status: fault.status, text };
  }
  if (fault?.kind === 'malformed') return { status: 200, text: MALFORMED_JSON };
  return undefined;
}

function dispatch(
  match: RouteMatch,
  request: { query: Record<string, string>; body: string; authorization: string | undefined; state: SimulatorState },
): Answer {
  if (match.kind === 'not-found') return errorAnswer(404, 'UNKNOWN', 'no such function');
  if (match.kind === 'method-not-allowed') {
    const allowed = match.allowed.join(' or ');
    return {
      ...errorAnswer(405, 'UNKNOWN', `method not allowed; use ${allowed}`),
      headers: { allow: match.allowed.join(', ') },
    };
  }
  const token = bearerToken(request.authorization);
  if (token === undefined) {
    return errorAnswer(401, 'UNKNOWN', 'missing or malformed bearer token (Authorization: Bearer <token>)');
  }
  try {
    const { params } = match;
    const { query, body } = match.route.operation.check({ params, query: request.query, body: request.body });
    const reply = match.route.handle({ params, query, body, token, user: userOfToken(token), state: request.state });
    return reply.body === undefined ? { status: reply.status } : { status: reply.status, text: writeJson(reply.body) };
  } catch (error) {
    if (error instanceof SimulatorError) return errorAnswer(error.status, error.code, error.message);
    const message = error instanceof Error ? error.message : String(error);
    return errorAnswer(500, 'UNKNOWN', `simulator failure: ${message}`);
  }
}

function errorAnswer(status: number, code: DataflowErrorCode, message: string): Answer {
  return { status, text: writeJson(errorBody(code, message)) };
}

function send(res: ServerResponse, answer: Answer): void {
  if (res.destroyed) return;
  const headers: Record<string, string | number> = { ...answer.headers };
  if (answer.text !== undefined) {
    headers['content-type'] = 'application/json; charset=utf-8';
    headers['content-length'] = Buffer.byteLength(answer.text);
  } else if (answer.status !== 204) {
    headers['content-length'] = 0;
  }
  res.writeHead(answer.status, headers);
  res.end(answer.text);
}

function headersOf(req: IncomingMessage): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

/** The most of a request body the simulator reads and records; beyond it the request is refused. */
const MAX_BODY_BYTES = 1024 * 1024;

/** The body, or undefined when it is larger than MAX_BODY_BYTES (the rest is drained, not kept). */
function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size <= MAX_BODY_BYTES ? Buffer.concat(chunks).toString('utf8') : undefined));
    req.on('error', reject);
  });
}
