import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { loadConfig } from '../../../src/config/config.js';
import { DataflowHttpClient } from '../../../src/datasources/transport/http-client.js';
import { OperationDeadlineExceeded } from '../../../src/datasources/transport/operation-deadline.js';
import { healthOf } from '../../../src/datasources/transport/upstream-failure.js';
import { createLogger } from '../../../src/logging/logger.js';

const quiet = createLogger('silent', new Writable({ write: (_chunk, _encoding, done) => done() }));
const CREATE = {
  operation: 'createReportJob' as const,
  method: 'POST' as const,
  path: 'dataflow/report_jobs',
  body: { type: 'NORMAL' },
};

/** A Dataflow that holds every request until told, counting what arrives. */
async function holdingUpstream() {
  const arrived: Array<{ request: IncomingMessage; response: ServerResponse }> = [];
  let notify: (() => void) | undefined;
  const server: Server = createServer((request, response) => {
    arrived.push({ request, response });
    notify?.();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`,
    arrived,
    nextArrival: () =>
      new Promise<void>((resolve) => {
        notify = resolve;
      }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('the Dataflow client and the operation deadline', () => {
  let upstream: Awaited<ReturnType<typeof holdingUpstream>>;
  let client: DataflowHttpClient;
  beforeAll(async () => {
    upstream = await holdingUpstream();
    client = new DataflowHttpClient(upstream.url, loadConfig({}).upstream, quiet);
  });
  afterAll(async () => {
    client.close();
    await upstream.close();
  });

  const callerWith = (signal: AbortSignal) => ({ authorization: 'Bearer t', requestId: 'r', logger: quiet, signal });

  it('sends nothing once the time is up, and says nothing changed', async () => {
    const late = new AbortController();
    late.abort(new OperationDeadlineExceeded(1000));
    const failure = await client
      .send(CREATE, callerWith(late.signal), { read: false })
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({
      message: "The operation's deadline of 1000 ms passed before createReportJob was sent; nothing was changed",
      extensions: { code: 'UPSTREAM_UNAVAILABLE', upstream: { operation: 'createReportJob', deadline: 'operation' } },
    });
    expect(upstream.arrived).toHaveLength(0);
  });

  it('aborts a write under way when the time runs out, and says it may have happened', async () => {
    const deadline = new AbortController();
    const arrival = upstream.nextArrival();
    const sent = client.send(CREATE, callerWith(deadline.signal), { read: false }).catch((error: unknown) => error);
    await arrival;
    deadline.abort(new OperationDeadlineExceeded(1000));
    const failure = await sent;
    expect(failure).toMatchObject({
      message:
        "The operation's deadline of 1000 ms passed before Dataflow answered createReportJob; the change may or may not have been made",
    });
    // Cut off early in its own wait: it says nothing of Dataflow's health.
    expect(healthOf(failure)).toBe('unknown');
    expect(upstream.arrived).toHaveLength(1);
  });
});
