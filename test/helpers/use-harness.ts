import { type Harness, type HarnessOptions, startHarness } from './harness.js';

/**
 * One harness for a describe block: started before its tests, closed after, with the
 * simulator's recorded requests and faults cleared before each test.
 */
export function useHarness(options: HarnessOptions = {}): () => Harness {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await startHarness(options);
  });
  afterAll(async () => {
    await harness?.close();
  });
  beforeEach(() => {
    harness!.simulator.clearFaults();
    harness!.simulator.resetRequests();
  });
  return () => {
    if (!harness) throw new Error('the harness has not started');
    return harness;
  };
}
