import { jest } from '@jest/globals';
import { Writable } from 'node:stream';
import { KeyvSharedCache } from '../../src/cache/shared-cache.js';
import { SingleFlight } from '../../src/cache/single-flight.js';
import { createMemoryKeyv } from '../../src/cache/stores.js';
import { TtlPolicy } from '../../src/cache/ttl-policy.js';
import type { DataflowHttpClient, SendOptions } from '../../src/datasources/http-client.js';
import { OperationDeadline } from '../../src/datasources/operation-deadline.js';
import { type RequestStats, UpstreamReader } from '../../src/datasources/upstream-reader.js';
import type { UpstreamRequest } from '../../src/datasources/upstream-request.js';
import { createLogger } from '../../src/logging/logger.js';

const quiet = createLogger('silent', new Writable({ write: (_chunk, _encoding, done) => done() }));

/** A Dataflow that answers only when told, and records the signal each call was given. */
function controlledUpstream() {
  const calls: Array<{ request: UpstreamRequest; signal?: AbortSignal; answer: (json: unknown) => void }> = [];
  const http = {
    send: (request: UpstreamRequest, _caller: unknown, options: SendOptions) =>
      new Promise((resolve) => calls.push({ request, signal: options.signal, answer: resolve })),
  } as unknown as DataflowHttpClient;
  return { http, calls };
}

function readerFor(http: DataflowHttpClient, deadline: OperationDeadline) {
  const stats: RequestStats = { upstreamCalls: 0, cacheHits: 0, coalesced: 0, stale: [] };
  return new UpstreamReader({
    http,
    cache: new KeyvSharedCache(createMemoryKeyv({ maxEntries: 100, maxBytes: 1 << 20 }), quiet, 60_000),
    inFlight: new SingleFlight(),
    ttl: new TtlPolicy({ liveMs: 0, pastMs: 0, reportsMs: 0, directoryMs: 0 }, false),
    staleIfErrorMs: 0,
    caller: { authorization: 'Bearer t', requestId: 'r', logger: quiet, signal: deadline.signal },
    scope: 'scope',
    stats,
    now: () => 0,
  });
}

const read = (operation: 'callHistory' | 'callDetails', path: string) => ({
  request: { operation, method: 'POST' as const, path, body: {} },
  decode: (json: unknown) => json,
  cacheClass: 'past' as const,
});

/** Settles, or stays pending, without waiting on the clock. */
function settled<T>(promise: Promise<T>) {
  const state: { done: boolean; error?: unknown } = { done: false };
  promise.then(() => { state.done = true; }, (error: unknown) => { state.done = true; state.error = error; });
  return state;
}

describe('one deadline for the whole operation', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('counts from the start of the operation, not of each read: a chain of reads shares it', async () => {
    const deadline = new OperationDeadline(1000);
    const { http, calls } = controlledUpstream();
    const reader = readerFor(http, deadline);

    const history = reader.read(read('callHistory', 'dataflow/analytics/calls/history'));
    await jest.advanceTimersByTimeAsync(700);
    calls[0]!.answer({ items: [] });
    await history;

    // The read that follows gets what is left of the budget: 300 ms, not another 1000.
    const details = settled(reader.read(read('callDetails', 'dataflow/analytics/calls/history/1')));
    await jest.advanceTimersByTimeAsync(299);
    expect(details.done).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    expect(details.done).toBe(true);
    expect(details.error).toMatchObject({
      message: "The operation's deadline of 1000 ms passed before Dataflow answered callDetails",
      extensions: { code: 'UPSTREAM_UNAVAILABLE', upstream: { operation: 'callDetails', timeout: true, deadline: 'operation' } },
    });
    // …and its upstream call is aborted.
    expect(calls[1]!.signal!.aborted).toBe(true);
    deadline.dispose();
  });

  it('starts nothing once the time is up', async () => {
    const deadline = new OperationDeadline(1000);
    const { http, calls } = controlledUpstream();
    const reader = readerFor(http, deadline);
    await jest.advanceTimersByTimeAsync(1000);
    await expect(reader.read(read('callDetails', 'dataflow/analytics/calls/history/2'))).rejects.toMatchObject({
      extensions: { upstream: { deadline: 'operation' } },
    });
    expect(calls).toHaveLength(0);
  });

  it('aborts what is still running when the operation is answered without it', async () => {
    const deadline = new OperationDeadline(1000);
    const { http, calls } = controlledUpstream();
    const reader = readerFor(http, deadline);
    const orphan = settled(reader.read(read('callDetails', 'dataflow/analytics/calls/history/3')));
    await jest.advanceTimersByTimeAsync(0);
    deadline.dispose();
    await jest.advanceTimersByTimeAsync(0);
    expect(calls[0]!.signal!.aborted).toBe(true);
    expect(orphan.error).toMatchObject({ message: 'The operation ended before Dataflow answered callDetails' });
  });
});
