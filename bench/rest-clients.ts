import { WALLBOARD_MEMBERS } from './wallboard.js';

/** One REST call of the wallboard, as a frontend without the gateway would make it. */
interface RestCall {
  readonly path: string;
  readonly body: Record<string, unknown>;
}

/** The 36 Dataflow calls behind the wallboard: per queue a summary and a timeseries, per agent the same. */
export function wallboardCalls(range: { start: string; end: string }): RestCall[] {
  const window = { start_time: range.start, end_time: range.end };
  return Object.entries(WALLBOARD_MEMBERS).flatMap(([queue, agents]) => [
    { path: '/dataflow/queues/summary', body: { queues: [queue], ...window } },
    { path: '/dataflow/queues/timeseries', body: { queue, ...window, interval: '1h' } },
    ...agents.flatMap((agent) => [
      { path: '/dataflow/queues/agent/summary', body: { queue, agent, ...window } },
      { path: '/dataflow/queues/agent/timeseries', body: { queue, agent, ...window, interval: '1h' } },
    ]),
  ]);
}

async function call(baseUrl: string, token: string, restCall: RestCall): Promise<unknown> {
  const response = await fetch(`${baseUrl}${restCall.path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: token },
    body: JSON.stringify(restCall.body),
  });
  if (!response.ok) throw new Error(`${restCall.path}: ${response.status}`);
  return response.json();
}

/** The client makes its calls `concurrency` at a time (1: one by one; 6: a browser's per-host limit). */
export async function restWallboard(
  baseUrl: string,
  token: string,
  calls: readonly RestCall[],
  concurrency: number,
): Promise<unknown[]> {
  const results: unknown[] = new Array(calls.length);
  let next = 0;
  const worker = async () => {
    while (next < calls.length) {
      const index = next++;
      results[index] = await call(baseUrl, token, calls[index]!);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}

export function restCall(
  baseUrl: string,
  token: string,
  path: string,
  body: Record<string, unknown>,
): Promise<unknown> {
  return call(baseUrl, token, { path, body });
}
