// Shared by the simulator tests: a simulator on a fixed clock and a small fetch wrapper.
import { startSimulator } from '../../simulator/index.js';
import type { DataflowSimulator, SimulatorOptions } from '../../simulator/index.js';

/** Wednesday 2026-11-25 15:30 UTC: inside business hours, so queues are busy. */
export const NOW = Date.parse('2026-11-25T15:30:00Z');

export function startFixedSimulator(options: SimulatorOptions = {}): Promise<DataflowSimulator> {
  return startSimulator({ now: () => NOW, ...options });
}

export interface CallOptions {
  /** An object is sent as JSON; a string is sent as is (to control number formatting). */
  body?: unknown;
  /** null sends no Authorization header. */
  token?: string | null;
  query?: Record<string, string>;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  text: string;
  /** The parsed body; undefined when empty. Big integers lose digits here: use `text` for them. */
  json: any;
  headers: Headers;
}

export async function call(
  sim: DataflowSimulator,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  options: CallOptions = {},
): Promise<CallResult> {
  const url = new URL(sim.url + path);
  for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, value);
  const headers: Record<string, string> = { ...options.headers };
  const token = options.token === undefined ? 'test-token' : options.token;
  if (token !== null) headers['authorization'] = `Bearer ${token}`;
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    headers['content-type'] = 'application/json';
  }
  const response = await fetch(url, { method, headers, ...(body !== undefined ? { body } : {}) });
  const text = await response.text();
  return { status: response.status, text, json: text === '' ? undefined : JSON.parse(text), headers: response.headers };
}

/** Asserts the contract's error envelope and returns its single message. */
export function expectError(result: CallResult, status: number, code: 'VALIDATE_FAILED' | 'UNKNOWN'): string {
  expect(result.status).toBe(status);
  expect(result.json).toEqual({ errors: [{ code, message: expect.any(String), detail: null }] });
  return result.json.errors[0].message as string;
}

/** A range helper: start and end written with the given offset. */
export function range(start: string, end: string): { start_time: string; end_time: string } {
  return { start_time: start, end_time: end };
}

export type FieldKind = 'string' | 'number' | 'boolean' | 'datetime' | 'string?' | 'number?' | 'datetime?';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Asserts exactly these keys, each of its kind; a trailing '?' also allows null. */
export function expectFields(value: Record<string, unknown>, spec: Record<string, FieldKind>): void {
  expect(Object.keys(value).sort()).toEqual(Object.keys(spec).sort());
  for (const [key, kind] of Object.entries(spec)) {
    const field = value[key];
    const nullable = kind.endsWith('?');
    if (nullable && field === null) continue;
    const base = kind.replace('?', '');
    const ok = base === 'datetime' ? typeof field === 'string' && RFC3339.test(field) : typeof field === base;
    if (!ok) throw new Error(`${key} should be ${kind}, got ${JSON.stringify(field)}`);
  }
}
