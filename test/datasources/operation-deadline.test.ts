import { jest } from '@jest/globals';
import { DataflowSource, type ReadSpec } from '../../src/datasources/dataflow-source.js';
import type { DataflowHttpClient } from '../../src/datasources/transport/http-client.js';
import { OperationDeadline } from '../../src/datasources/transport/operation-deadline.js';
import { heldUpstream, requestScope, sourceDeps } from '../helpers/source-kit.js';

/** The smallest datasource: reads whatever it is given. */
class AnySource extends DataflowSource {
  get<T>(spec: ReadSpec<T>): Promise<T> {
    return this.read(spec);
  }
}

function sourceFor(transport: DataflowHttpClient, deadline: OperationDeadline) {
  return new AnySource(sourceDeps({ transport }), requestScope(deadline.signal));
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
    const { transport, calls } = heldUpstream();
    const source = sourceFor(transport, deadline);

    const history = source.get(read('callHistory', 'dataflow/analytics/calls/history'));
    await jest.advanceTimersByTimeAsync(700);
    calls[0]!.answer({ items: [] });
    await history;

    // The read that follows gets what is left of the budget: 300 ms, not another 1000.
    const details = settled(source.get(read('callDetails', 'dataflow/analytics/calls/history/1')));
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
    const { transport, calls } = heldUpstream();
    const source = sourceFor(transport, deadline);
    await jest.advanceTimersByTimeAsync(1000);
    await expect(source.get(read('callDetails', 'dataflow/analytics/calls/history/2'))).rejects.toMatchObject({
      extensions: { upstream: { deadline: 'operation' } },
    });
    expect(calls).toHaveLength(0);
  });

  it('aborts what is still running when the operation is answered without it', async () => {
    const deadline = new OperationDeadline(1000);
    const { transport, calls } = heldUpstream();
    const source = sourceFor(transport, deadline);
    const orphan = settled(source.get(read('callDetails', 'dataflow/analytics/calls/history/3')));
    await jest.advanceTimersByTimeAsync(0);
    deadline.dispose();
    await jest.advanceTimersByTimeAsync(0);
    expect(calls[0]!.signal!.aborted).toBe(true);
    expect(orphan.error).toMatchObject({ message: 'The operation ended before Dataflow answered callDetails' });
  });
});
