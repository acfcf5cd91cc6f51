import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { loadConfig } from '../../../src/config/config.js';
import { DataflowHttpClient } from '../../../src/datasources/transport/http-client.js';
import { OperationDeadlineExceeded } from '../../../src/datasources/transport/operation-deadline.js';
import { retryAfterMs } from '../../../src/datasources/transport/upstream-attempt.js';
import { healthOf } from '../../../src/datasources/transport/upstream-failure.js';
import { createLogger } from '../../../src/logging/logger.js';
import { scriptedUpstream } from '../../helpers/scripted-upstream.js';

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

describe('the Dataflow client retrying a read', () => {
  let upstream: Awaited<ReturnType<typeof scriptedUpstream>>;
  beforeAll(async () => {
    upstream = await scriptedUpstream();
  });
  afterAll(() => upstream.close());

  const READ = { operation: 'queueSummary' as const, method: 'GET' as const, path: 'call_queues/1/summary' };
  const caller = { authorization: 'Bearer t', requestId: 'r', logger: quiet };
  /** Sends one read with these settings; what it answered, or the error it failed with. */
  const readWith = async (env: Record<string, string>): Promise<unknown> => {
    const client = new DataflowHttpClient(`${upstream.origin.href}api`, loadConfig(env).upstream, quiet);
    try {
      return await client.send(READ, caller, { read: true }).catch((error: unknown) => error);
    } finally {
      client.close();
    }
  };
  /** Dataflow answering every request with 503 and these headers; how many arrived. */
  const unavailable = (headers: Record<string, string> = {}) => {
    const arrived = { count: 0 };
    upstream.answer((_request, response) => {
      arrived.count += 1;
      response.writeHead(503, headers).end();
    });
    return arrived;
  };

  it('asks for uncompressed JSON, naming itself and the request', async () => {
    let headers: Record<string, unknown> = {};
    upstream.answer((request, response) => {
      headers = request.headers;
      response.end('{}');
    });
    await readWith({});
    expect(headers).toMatchObject({
      'accept-encoding': 'identity',
      accept: 'application/json',
      'user-agent': 'dataflow-graphql-gateway',
      authorization: 'Bearer t',
      'x-request-id': 'r',
    });
  });

  it('stops when the deadline leaves no room for another attempt, and tells the last answer', async () => {
    const arrived = unavailable();
    const failure = await readWith({ UPSTREAM_DEADLINE_MS: '1000', UPSTREAM_RETRIES: '10' });
    // The 503 itself, not a timeout: no attempt was begun that could not have been answered.
    expect(failure).toMatchObject({ extensions: { upstream: { status: 503 } } });
    expect(arrived.count).toBeGreaterThanOrEqual(1);
  });

  it("does not retry when Dataflow's Retry-After asks for longer than the deadline leaves", async () => {
    const arrived = unavailable({ 'retry-after': '30' });
    const failure = await readWith({ UPSTREAM_DEADLINE_MS: '5000', UPSTREAM_RETRIES: '3' });
    expect(failure).toMatchObject({ extensions: { upstream: { status: 503 } } });
    expect(arrived.count).toBe(1);
  });
});

describe('a Retry-After header', () => {
  it('reads seconds and HTTP dates, and nothing else', () => {
    const now = Date.parse('2026-12-02T10:00:00Z');
    expect(retryAfterMs('2', now)).toBe(2000);
    expect(retryAfterMs('Wed, 02 Dec 2026 10:00:05 GMT', now)).toBe(5000);
    expect(retryAfterMs('Wed, 02 Dec 2026 09:59:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(undefined, now)).toBeUndefined();
  });
});
