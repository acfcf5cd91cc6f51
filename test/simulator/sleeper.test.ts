// The simulator's response delays, on a fake clock: they end on time, or at once on close.
import { jest } from '@jest/globals';
import { Sleeper } from '../../simulator/sleeper.js';
import { deferred } from '../helpers/deferred.js';

describe('a sleeper', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('ends a sleep after its time, not before', async () => {
    const sleeper = new Sleeper();
    let ended: boolean | undefined;
    void sleeper.sleep(1000).then((finished) => {
      ended = finished;
    });
    await jest.advanceTimersByTimeAsync(999);
    expect(ended).toBeUndefined();
    await jest.advanceTimersByTimeAsync(1);
    expect(ended).toBe(true);
  });

  it('ends a wait when what it waits for settles, either way', async () => {
    const sleeper = new Sleeper();
    const released = deferred();
    const failed = deferred();
    const waits = [sleeper.wait(released.promise), sleeper.wait(failed.promise)];
    released.resolve();
    failed.reject(new Error('gone'));
    expect(await Promise.all(waits)).toEqual([true, true]);
  });

  it('cuts every pending sleep and wait short on cancelAll, leaving no timer behind', async () => {
    const sleeper = new Sleeper();
    const pending = [sleeper.sleep(10_000), sleeper.wait(new Promise(() => undefined))];
    expect(jest.getTimerCount()).toBe(1);
    sleeper.cancelAll();
    expect(await Promise.all(pending)).toEqual([false, false]);
    expect(jest.getTimerCount()).toBe(0);
  });
});
