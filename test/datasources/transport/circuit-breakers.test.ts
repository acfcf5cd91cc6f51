import { jest } from '@jest/globals';
import { Writable } from 'node:stream';
import { CircuitBreakers } from '../../../src/datasources/transport/circuit-breakers.js';
import {
  failureFromOperationDeadline,
  failureFromStatus,
} from '../../../src/datasources/transport/upstream-failure.js';
import { createLogger } from '../../../src/logging/logger.js';

const quiet = createLogger('silent', new Writable({ write: (_chunk, _encoding, done) => done() }));
const POLICY = { errorPercent: 50, minCalls: 2, resetMs: 1000 };

/** Runs a call through the function's circuit; answers what happened. */
async function attempt(breakers: CircuitBreakers, call: () => Promise<string>): Promise<string> {
  try {
    return await breakers.run('callDetails', call);
  } catch (error) {
    return (error as { extensions?: { upstream?: { circuit?: string } } }).extensions?.upstream?.circuit === 'open'
      ? 'fast-failed'
      : 'failed';
  }
}

const down = () => Promise.reject(failureFromStatus('callDetails', 503, ''));
const cutOffEarly = () => Promise.reject(failureFromOperationDeadline('callDetails', 10_000, false));
const answers = () => Promise.resolve('answer');

describe('circuits per Dataflow function', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('open on outages', async () => {
    const breakers = new CircuitBreakers(POLICY, quiet);
    await attempt(breakers, down);
    await attempt(breakers, down);
    expect(await attempt(breakers, answers)).toBe('fast-failed');
    breakers.shutdown();
  });

  it('do not open on calls an operation cut off early, which say nothing of Dataflow', async () => {
    const breakers = new CircuitBreakers(POLICY, quiet);
    for (let call = 0; call < 10; call += 1) await attempt(breakers, cutOffEarly);
    expect(await attempt(breakers, answers)).toBe('answer');
    breakers.shutdown();
  });

  it('do not close when the probe is cut off early: only an answer proves Dataflow is back', async () => {
    const breakers = new CircuitBreakers(POLICY, quiet);
    await attempt(breakers, down);
    await attempt(breakers, down);
    jest.advanceTimersByTime(POLICY.resetMs + 1);
    expect(await attempt(breakers, cutOffEarly)).toBe('failed');
    expect(await attempt(breakers, answers)).toBe('fast-failed');
    jest.advanceTimersByTime(POLICY.resetMs + 1);
    expect(await attempt(breakers, answers)).toBe('answer');
    expect(await attempt(breakers, answers)).toBe('answer');
    breakers.shutdown();
  });
});
