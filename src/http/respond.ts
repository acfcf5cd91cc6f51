import type { ServerResponse } from 'node:http';
import type { ErrorCode } from '../errors/error-code.js';

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

/** An error answered outside GraphQL execution, shaped like a GraphQL response so clients parse one format. */
export function sendRequestError(response: ServerResponse, status: number, code: ErrorCode, message: string): void {
  sendJson(response, status, { errors: [{ message, extensions: { code } }] });
}
