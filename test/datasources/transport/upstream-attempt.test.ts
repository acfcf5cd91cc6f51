import { ConnectionPool } from '../../../src/datasources/transport/connection-pool.js';
import { attempt, type AttemptSpec } from '../../../src/datasources/transport/upstream-attempt.js';
import { deferred } from '../../helpers/deferred.js';
import { scriptedUpstream } from '../../helpers/scripted-upstream.js';

const GET: AttemptSpec = {
  method: 'GET',
  path: '/api/call_queues?top=1',
  headers: { accept: 'application/json', authorization: 'Bearer t' },
  body: undefined,
  timeoutMs: 60_000,
  endsAtDeadline: false,
  signal: undefined,
};

describe('one attempt at Dataflow', () => {
  let upstream: Awaited<ReturnType<typeof scriptedUpstream>>;
  let pool: ConnectionPool;
  beforeAll(async () => {
    upstream = await scriptedUpstream();
    pool = new ConnectionPool(upstream.origin, 4);
  });
  afterAll(async () => {
    pool.close();
    await upstream.close();
  });

  it('answers any status with the whole body, and sends the headers and body it was given', async () => {
    let seen: { method?: string; url?: string; authorization?: string; length?: string; body?: string } = {};
    upstream.answer((request, response, body) => {
      seen = {
        method: request.method,
        url: request.url,
        authorization: request.headers.authorization,
        length: request.headers['content-length'],
        body,
      };
      response.writeHead(503, { 'content-type': 'application/json' });
      response.end('{"error":"busy — über"}');
    });
    const body = JSON.stringify({ name: 'ü' });
    const outcome = await attempt(pool, { ...GET, method: 'POST', body });
    expect(outcome).toEqual({
      kind: 'answered',
      status: 503,
      body: '{"error":"busy — über"}',
      retryAfterMs: undefined,
    });
    expect(seen).toEqual({
      method: 'POST',
      url: '/api/call_queues?top=1',
      authorization: 'Bearer t',
      length: String(Buffer.byteLength(body)),
      body,
    });
  });

  it('keeps the connection for the next attempt', async () => {
    upstream.answer((_request, response) => response.end('{}'));
    await attempt(pool, GET);
    const before = upstream.connections();
    await attempt(pool, GET);
    await attempt(pool, GET);
    expect(upstream.connections()).toBe(before);
  });

  it('says the connection went away when it closes in the middle of a body', async () => {
    upstream.answer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      response.write('{"items":[', () => response.socket?.destroy());
    });
    expect(await attempt(pool, GET)).toEqual({ kind: 'network', code: 'ECONNRESET' });
  });

  it('is cut when its time runs out, and names whose time it was', async () => {
    upstream.answer(() => undefined); // never answers
    expect(await attempt(pool, { ...GET, timeoutMs: 20 })).toEqual({ kind: 'cut', why: 'timeout' });
    expect(await attempt(pool, { ...GET, timeoutMs: 20, endsAtDeadline: true })).toEqual({
      kind: 'cut',
      why: 'deadline',
    });
  });

  it('is cut when the operation stops waiting, before or during the exchange', async () => {
    const held = deferred();
    upstream.answer(() => held.resolve()); // holds every request, never answers
    const stopped = new AbortController();
    stopped.abort();
    expect(await attempt(pool, { ...GET, signal: stopped.signal })).toEqual({ kind: 'cut', why: 'aborted' });
    const stopping = new AbortController();
    const pending = attempt(pool, { ...GET, signal: stopping.signal });
    await held.promise; // Dataflow has the request
    stopping.abort();
    expect(await pending).toEqual({ kind: 'cut', why: 'aborted' });
  });

  it('reads a body whose characters arrive split across packets', async () => {
    const text = '{"name":"Zoë 🎧 über"}';
    const bytes = Buffer.from(text);
    upstream.answer((_request, response) => {
      response.writeHead(200, { 'content-length': bytes.length });
      const next = (at: number): void => {
        if (at === bytes.length) return void response.end();
        response.write(bytes.subarray(at, at + 1), () => setImmediate(() => next(at + 1)));
      };
      next(0);
    });
    expect(await attempt(pool, GET)).toMatchObject({ kind: 'answered', status: 200, body: text });
  });

  it('names what the system said when nothing listens', async () => {
    const closed = await scriptedUpstream();
    const origin = closed.origin;
    await closed.close();
    const nowhere = new ConnectionPool(origin, 1);
    try {
      expect(await attempt(nowhere, GET)).toEqual({ kind: 'network', code: 'ECONNREFUSED' });
    } finally {
      nowhere.close();
    }
  });

  it('sends nothing with a header Node refuses, and says so', async () => {
    let arrived = 0;
    upstream.answer((_request, response) => {
      arrived += 1;
      response.end();
    });
    const outcome = await attempt(pool, { ...GET, headers: { authorization: 'Bearer \u0100' } });
    expect(outcome).toEqual({ kind: 'network', code: 'ERR_INVALID_CHAR' });
    expect(arrived).toBe(0);
  });
});
