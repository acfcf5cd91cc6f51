// The request log keeps the newest requests up to its bound, in one array emptied in place.
import { DEFAULT_MAX_RECORDED_REQUESTS, RequestLog } from '../../simulator/request-log.js';
import type { RecordedRequest } from '../../simulator/index.js';

function request(index: number, operationId = 'listCallQueues'): RecordedRequest {
  return { operationId, method: 'GET', path: `/api/call_queues/${index}`, query: {}, body: '', headers: {}, at: index };
}

describe('the bound', () => {
  it('keeps 10,000 requests by default, dropping the oldest first', () => {
    const log = new RequestLog();
    for (let i = 0; i <= DEFAULT_MAX_RECORDED_REQUESTS; i += 1) log.record(request(i));
    expect(DEFAULT_MAX_RECORDED_REQUESTS).toBe(10_000);
    expect(log.entries).toHaveLength(10_000);
    expect(log.entries[0]?.at).toBe(1);
    expect(log.entries.at(-1)?.at).toBe(10_000);
  });

  it('keeps the newest N in arrival order, in the same array, and counts only those', () => {
    const log = new RequestLog(3);
    const entries = log.entries;
    log.record(request(0, 'getReportJob'));
    for (let i = 1; i < 5; i += 1) log.record(request(i));
    expect(log.entries).toBe(entries);
    expect(entries.map((entry) => entry.at)).toEqual([2, 3, 4]);
    expect([log.count(), log.count('listCallQueues'), log.count('getReportJob')]).toEqual([3, 3, 0]);
    log.clear();
    expect(entries).toEqual([]);
    log.record(request(5));
    expect(log.entries).toBe(entries);
    expect(entries.map((entry) => entry.at)).toEqual([5]);
  });

  it('keeps nothing with a bound of 0', () => {
    const log = new RequestLog(0);
    log.record(request(0));
    expect([log.entries, log.count()]).toEqual([[], 0]);
  });

  it.each([-1, 1.5, Number.NaN])('refuses a bound of %p, naming the option', (max) => {
    expect(() => new RequestLog(max)).toThrow(`maxRecordedRequests must be a non-negative integer, got ${String(max)}`);
  });
});
