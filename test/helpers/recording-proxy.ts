import { createServer, request as forward } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as an HTTP server in front of Dataflow would route it. */
export interface SeenRequest {
  readonly method: string;
  /** The path exactly as sent. */
  readonly rawPath: string;
  /**
   * The path after URL normalisation (WHATWG, what most servers and proxies apply): dot
   * segments resolved, `%2e` counted as a dot. This is the resource the request reaches.
   */
  readonly path: string;
}

/** An HTTP proxy to a Dataflow (the simulator) that records the path each request would reach. */
export async function startRecordingProxy(targetBaseUrl: string) {
  const target = new URL(targetBaseUrl);
  const seen: SeenRequest[] = [];
  let open = 0;
  const server = createServer((incoming, outgoing) => {
    open += 1;
    // Answered, or abandoned by the client (an aborted call closes its connection).
    outgoing.once('close', () => {
      open -= 1;
    });
    const rawPath = incoming.url ?? '/';
    seen.push({
      method: incoming.method ?? 'GET',
      rawPath,
      path: new URL(rawPath, 'http://dataflow.invalid').pathname,
    });
    const upstream = forward(
      {
        host: target.hostname,
        port: target.port,
        method: incoming.method,
        path: rawPath,
        headers: incoming.headers,
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.on('error', () => outgoing.destroy());
    incoming.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    /** Dataflow's base URL through the proxy (…/api). */
    url: `http://127.0.0.1:${port}${target.pathname}`,
    seen,
    /** Requests neither answered nor abandoned yet. */
    get open() {
      return open;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
