import { jest } from '@jest/globals';

/**
 * Fakes only the timers (setTimeout, setInterval) of a gateway that otherwise runs for real:
 * sockets, process.nextTick, setImmediate (DataLoader's batches) and the clocks keep going, so
 * requests flow while a deadline or a circuit's reset period waits for jest.advanceTimersByTime.
 * jest.useRealTimers() undoes it.
 */
export function fakeTimersOnly(): void {
  jest.useFakeTimers({
    doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'queueMicrotask', 'Date', 'hrtime', 'performance'],
  });
}
