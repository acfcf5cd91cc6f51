import { jest } from '@jest/globals';
import { Writable } from 'node:stream';
import { CachePolicy } from '../../src/cache/cache-policy.js';
import { KeyvSharedCache } from '../../src/cache/shared-cache.js';
import { SingleFlight } from '../../src/cache/single-flight.js';
import { createMemoryKeyv } from '../../src/cache/stores.js';
import { DataflowSource, type ReadSpec, type RequestStats } from '../../src/datasources/dataflow-source.js';
import type { DataflowHttpClient, SendOptions } from '../../src/datasources/transport/http-client.js';
import { OperationDeadline } from '../../src/datasources/transport/operation-deadline.js';
import type { UpstreamRequest } from '../../src/datasources/transport/upstream-request.js';
import { createLogger } from '../../src/logging/logger.js';

const quiet = createLogger('silent', new Writable({ write: (_chunk, _encoding, done) => done() }));

/** A Dataflow that answers only when told, and records the signal each call was given. */
function controlledUpstream() {
  const calls: Array<{ request: UpstreamRequest; signal?: AbortSignal; answer: (json: unknown) => void }> = [];
  const transport = {
    send: (request: UpstreamRequest, _caller: unknown, options: SendOptions) =>
      new Promise((resolve) => calls.push({ request, signal: options.signal, answer: resolve })),
  } as unknown as DataflowHttpClient;
  return { transport, calls };
}

/** The smallest datasource: reads whatever it is given. */
class AnySource extends DataflowSource {
  get<T>(spec: ReadSpec<T>): Promise<T> {
    return this.read(spec);
  }
}

function readerFor(transport: DataflowHttpClient, deadline: OperationDeadline) {
  const stats: RequestStats = { upstreamCalls: 0, cacheHits: 0, coalesced: 0, stale: [] };
  const source = new AnySource(
    {
      transport,
      cache: new KeyvSharedCache(createMemoryKeyv({ maxEntries: 100, maxBytes: 1 << 20 }), quiet, 60_000),
      inFlight: new SingleFlight(),
      policy: new CachePolicy({ liveMs: 0, pastMs: 0, reportsMs: 0, directoryMs: 0 }, false, 0),
      clock: { now: () => Date.now() },
    },
    {
      caller: { authorization: 'Bearer t', requestId: 'r', logger: quiet, signal: deadline.signal },
      cacheScope: 'scope',
      stats,
    },
  );
  return { read: <T>(spec: ReadSpec<T>) => source.get(spec) };
}

const read = (operation: 'callHistory' | 'callDetails', path: string) => ({
  request: { operation, method: 'POST' as const, path, body: {} },
  decode: (json: unknown) => json,
  cacheClass: 'past' as const,
});

/** Settles, or stays pending, without waiting on the clock. */
function settled<T>(promise: Promise<T>) {
  const state: { done: boolean; error?: unknown } = { done: false };
  promise.then(
    () => {
      state.done = true;
    },
    (error: unknown) => {
      state.done = true;
      state.error = error;
    },
  );
  return state;
}

describe('one deadline for the whole operation', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('counts from the start of the operation, not of each read: a chain of reads shares it', async () => {
    const deadline = new OperationDeadline(1000);
    const { transport, calls } = controlledUpstream();
    const reader = readerFor(transport, deadline);

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
      extensions: {
        code: 'UPSTREAM_UNAVAILABLE',
        upstream: { operation: 'callDetails', timeout: true, deadline: 'operation' },
      },
    });
    // …and its upstream call is aborted.
    expect(calls[1]!.signal!.aborted).toBe(true);
    deadline.dispose();
  });

  it('starts nothing once the time is up', async () => {
    const deadline = new OperationDeadline(1000);
    const { transport, calls } = controlledUpstream();
    const reader = readerFor(transport, deadline);
    await jest.advanceTimersByTimeAsync(1000);
    await expect(reader.read(read('callDetails', 'dataflow/analytics/calls/history/2'))).rejects.toMatchObject({
      extensions: { upstream: { deadline: 'operation' } },
    });
    expect(calls).toHaveLength(0);
  });

  it('aborts what is still running when the operation is answered without it', async () => {
    const deadline = new OperationDeadline(1000);
    const { transport, calls } = controlledUpstream();
    const reader = readerFor(transport, deadline);
    const orphan = settled(reader.read(read('callDetails', 'dataflow/analytics/calls/history/3')));
    await jest.advanceTimersByTimeAsync(0);
    deadline.dispose();
    await jest.advanceTimersByTimeAsync(0);
    expect(calls[0]!.signal!.aborted).toBe(true);
    expect(orphan.error).toMatchObject({ message: 'The operation ended before Dataflow answered callDetails' });
  });
});
