import { Agent, request as httpRequest } from 'node:http';
import type { RecordedRequest } from '../simulator/index.js';

/** One upstream request as the gateway sent it, ready to send again. */
export interface ReplayRequest {
  readonly method: string;
  /** Path and query string, e.g. '/api/dataflow/analytics/calls/history?skip=0&top=100'. */
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** Requests sent together; a wave starts when the one before it has been answered in full. */
export type Wave = readonly ReplayRequest[];

/** Headers of the connection rather than the request; node:http sets its own. */
const CONNECTION_HEADERS = new Set(['host', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);

/** A request of the simulator's log as it went over the wire: the same method, path, query, headers and body. */
export function replayOf(recorded: RecordedRequest): ReplayRequest {
  const query = new URLSearchParams(recorded.query).toString();
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(recorded.headers))
    if (value !== undefined && !CONNECTION_HEADERS.has(name)) headers[name] = value;
  return {
    method: recorded.method,
    path: query ? `${recorded.path}?${query}` : recorded.path,
    headers,
    body: recorded.body,
  };
}

/**
 * The floor for a gateway operation: the plainest fast client of the upstream, node:http over a
 * keep-alive agent without a socket limit, sending the requests the gateway made, each wave all
 * at once. It reads every answer in full and parses none of them.
 */
export class UpstreamReplay {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: Infinity });

  constructor(private readonly origin: string) {}

  async replay(waves: readonly Wave[]): Promise<void> {
    for (const wave of waves) await Promise.all(wave.map((request) => this.send(request)));
  }

  private send(replayed: ReplayRequest): Promise<void> {
    return new Promise((resolve, reject) => {
      const url = new URL(replayed.path, this.origin);
      const outgoing = httpRequest(
        url,
        {
          method: replayed.method,
          agent: this.agent,
          headers: { ...replayed.headers, 'content-length': Buffer.byteLength(replayed.body) },
        },
        (response) => {
          const status = response.statusCode ?? 0;
          response.on('error', reject);
          response.on('end', () =>
            status >= 200 && status < 300 ? resolve() : reject(new Error(`${replayed.path}: ${status}`)),
          );
          response.resume();
        },
      );
      outgoing.on('error', reject);
      outgoing.end(replayed.body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/** The requests that reached the simulator while `work` ran, oldest first (the log is emptied before). */
export async function recordUpstream(
  simulator: { readonly requests: readonly RecordedRequest[]; resetRequests(): void },
  work: () => Promise<unknown>,
): Promise<RecordedRequest[]> {
  simulator.resetRequests();
  await work();
  return [...simulator.requests];
}
