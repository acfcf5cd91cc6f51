import { SingleFlight } from '../../src/cache/single-flight.js';
import { deferred } from '../helpers/deferred.js';

describe('SingleFlight', () => {
  it('runs identical work in flight once and shares the result', async () => {
    const flight = new SingleFlight();
    let runs = 0;
    const gate = deferred<string>();
    const work = () => {
      runs += 1;
      return gate.promise;
    };
    const first = flight.run('k', work);
    const second = flight.run('k', work);
    const other = flight.run('other', async () => 'x');
    expect([first.shared, second.shared, other.shared]).toEqual([false, true, false]);
    gate.resolve('value');
    expect(await Promise.all([first.promise, second.promise])).toEqual(['value', 'value']);
    expect(runs).toBe(1);
  });

  it('holds the entry until linger has finished, then lets go', async () => {
    const flight = new SingleFlight();
    const stored = deferred<void>();
    const { promise } = flight.run('k', async () => 1, { linger: () => stored.promise });
    await promise;
    expect(flight.run('k', async () => 2).shared).toBe(true);
    stored.resolve();
    await new Promise((resolve) => setImmediate(resolve));
    expect(flight.size).toBe(0);
    expect(await flight.run('k', async () => 3).promise).toBe(3);
  });

  it('shares a failure only with those already waiting, and keeps nothing', async () => {
    const flight = new SingleFlight();
    const gate = deferred<number>();
    const first = flight.run('k', () => gate.promise);
    const second = flight.run('k', () => gate.promise);
    gate.reject(new Error('down'));
    await expect(first.promise).rejects.toThrow('down');
    await expect(second.promise).rejects.toThrow('down');
    await new Promise((resolve) => setImmediate(resolve));
    expect(await flight.run('k', async () => 7).promise).toBe(7);
  });

  describe('with each caller waiting within its own deadline', () => {
    /** Work that settles only when told, or rejects with the signal's reason when aborted. */
    const abortable = (gate: Promise<string>) => {
      const seen: { signal?: AbortSignal } = {};
      const work = (signal: AbortSignal) => {
        seen.signal = signal;
        return new Promise<string>((resolve, reject) => {
          gate.then(resolve, reject);
          signal.addEventListener('abort', () => reject(signal.reason as Error));
        });
      };
      return { work, seen };
    };

    it('lets a caller whose deadline passes stop waiting, while the others still get the answer', async () => {
      const flight = new SingleFlight();
      const gate = deferred<string>();
      const { work, seen } = abortable(gate.promise);
      const early = new AbortController();
      const late = new AbortController();
      const first = flight.run('k', work, { signal: early.signal });
      const second = flight.run('k', work, { signal: late.signal });
      early.abort(new Error('first ran out of time'));
      await expect(first.promise).rejects.toThrow('first ran out of time');
      expect(seen.signal!.aborted).toBe(false);
      gate.resolve('answer');
      expect(await second.promise).toBe('answer');
    });

    it('aborts the work when the last caller stops waiting, and lets the next caller start afresh', async () => {
      const flight = new SingleFlight();
      const { work, seen } = abortable(new Promise<string>(() => undefined));
      const one = new AbortController();
      const two = new AbortController();
      const first = flight.run('k', work, { signal: one.signal });
      const second = flight.run('k', work, { signal: two.signal });
      one.abort(new Error('one'));
      two.abort(new Error('two'));
      await expect(first.promise).rejects.toThrow('one');
      await expect(second.promise).rejects.toThrow('two');
      expect(seen.signal!.aborted).toBe(true);
      expect(seen.signal!.reason).toEqual(new Error('two'));
      const next = flight.run('k', async () => 'fresh');
      expect(next.shared).toBe(false);
      expect(await next.promise).toBe('fresh');
    });

    it('never aborts work that a caller without a signal waits for', async () => {
      const flight = new SingleFlight();
      const gate = deferred<string>();
      const { work, seen } = abortable(gate.promise);
      const patient = flight.run('k', work);
      const hurried = new AbortController();
      const other = flight.run('k', work, { signal: hurried.signal });
      hurried.abort(new Error('gone'));
      await expect(other.promise).rejects.toThrow('gone');
      gate.resolve('done');
      expect(await patient.promise).toBe('done');
      expect(seen.signal!.aborted).toBe(false);
    });

    it('refuses at once a caller whose deadline has already passed, starting nothing', async () => {
      const flight = new SingleFlight();
      const gone = new AbortController();
      gone.abort(new Error('too late'));
      let started = 0;
      await expect(
        flight.run(
          'k',
          async () => {
            started += 1;
            return 'x';
          },
          { signal: gone.signal },
        ).promise,
      ).rejects.toThrow('too late');
      expect(started).toBe(0);
      expect(flight.size).toBe(0);
    });
  });
});
