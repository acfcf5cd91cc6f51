import { SingleFlight } from '../../src/cache/single-flight.js';

const deferred = <T>() => {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
};

describe('SingleFlight', () => {
  it('runs identical work in flight once and shares the result', async () => {
    const flight = new SingleFlight();
    let runs = 0;
    const gate = deferred<string>();
    const work = () => { runs += 1; return gate.promise; };
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
    const { promise } = flight.run('k', async () => 1, () => stored.promise);
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
});
