import type { ServerResponse } from 'node:http';
import { sendJson } from './respond.js';

/** Liveness: the process serves HTTP. */
export function sendHealth(response: ServerResponse): void {
  sendJson(response, 200, { status: 'ok' });
}

/** Readiness: Dataflow (or the simulator) answers. */
export async function sendReadiness(
  response: ServerResponse,
  upstreamReachable: () => Promise<boolean>,
): Promise<void> {
  const reachable = await upstreamReachable();
  sendJson(response, reachable ? 200 : 503, {
    status: reachable ? 'ready' : 'unavailable',
    upstream: reachable ? 'reachable' : 'unreachable',
  });
}
