import {
  failureFromOperationDeadline, failureFromStatus, failureFromTimeout, isOutage,
} from '../../src/errors/upstream-failure.js';

describe('which failures count against a circuit', () => {
  it('outages do: 5xx and timeouts', () => {
    expect(isOutage(failureFromStatus('queueSummary', 503, ''))).toBe(true);
    expect(isOutage(failureFromTimeout('queueSummary', 10_000))).toBe(true);
  });

  it("a caller's problems do not: 400, 401, 403, 404, and one token's 429", () => {
    for (const status of [400, 401, 403, 404, 429]) expect([status, isOutage(failureFromStatus('queueSummary', status, ''))]).toEqual([status, false]);
  });

  it("an operation's deadline does only for a call that had itself waited long", () => {
    const slow = failureFromOperationDeadline('callDetails', 10_000, true);
    const brief = failureFromOperationDeadline('callDetails', 10_000, false);
    expect(isOutage(slow)).toBe(true);
    expect(isOutage(brief)).toBe(false);
    // Both tell the client the same thing.
    expect(brief.message).toBe(slow.message);
    expect(brief.extensions).toEqual(slow.extensions);
  });
});
