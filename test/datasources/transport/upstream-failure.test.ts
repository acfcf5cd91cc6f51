import {
  failureFromMalformedBody,
  failureFromNetwork,
  failureFromOperationDeadline,
  failureFromOperationEnded,
  failureFromStatus,
  failureFromTimeout,
  healthOf,
} from '../../../src/datasources/transport/upstream-failure.js';

describe("what a failure says of Dataflow's health, for its circuit", () => {
  it('down: 5xx, timeouts, no connection', () => {
    expect(healthOf(failureFromStatus('queueSummary', 503, ''))).toBe('down');
    expect(healthOf(failureFromTimeout('queueSummary', 10_000))).toBe('down');
    expect(healthOf(failureFromNetwork('queueSummary', 'ECONNREFUSED'))).toBe('down');
  });

  it("up: Dataflow answered, and the fault is the caller's (400, 401, 403, 404, one token's 429)", () => {
    for (const status of [400, 401, 403, 404, 429])
      expect([status, healthOf(failureFromStatus('queueSummary', status, ''))]).toEqual([status, 'up']);
    expect(healthOf(failureFromMalformedBody('queueSummary', 200))).toBe('up');
  });

  it("an operation's deadline: down only for a call that had itself waited long, else unknown", () => {
    const slow = failureFromOperationDeadline('callDetails', 10_000, true);
    const brief = failureFromOperationDeadline('callDetails', 10_000, false);
    expect([healthOf(slow), healthOf(brief)]).toEqual(['down', 'unknown']);
    // Both tell the client the same thing.
    expect(brief.message).toBe(slow.message);
    expect(brief.extensions).toEqual(slow.extensions);
    expect(healthOf(failureFromOperationEnded('callDetails'))).toBe('unknown');
  });

  it('a write cut off by the deadline says it may have happened', () => {
    expect(failureFromOperationDeadline('createReportJob', 10_000, false, true).message).toMatch(
      /; the change may or may not have been made$/,
    );
  });

  it('anything else says nothing', () => {
    expect(healthOf(new Error('bug'))).toBe('unknown');
  });
});
