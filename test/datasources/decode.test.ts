import { decodeDetails, decodeHistoryPage } from '../../src/datasources/decode/call-analytics.js';
import { decodeReportExecution, decodeReportJob, splitRecipients } from '../../src/datasources/decode/reports.js';
import { decodeQueueKpi } from '../../src/datasources/decode/queue-analytics.js';
import { parseJsonKeepingDigits } from '../../src/json/lossless-json.js';

describe('history rows', () => {
  it('carry a big session id as a string and map unknown enum values to UNKNOWN', () => {
    const json = parseJsonKeepingDigits(
      '{"items":[{"session_id":1040099039162400768,"status":"ON_HOLD","direction":"INTERNAL_FORWARD","duration":30},' +
        '{"session_id":17,"status":null,"direction":null}],"count":2}',
    );
    const page = decodeHistoryPage(json, 'all');
    expect(page.count).toBe(2);
    expect(page.items[0]).toMatchObject({
      sessionId: '1040099039162400768',
      status: 'UNKNOWN',
      direction: 'UNKNOWN',
      duration: 30,
    });
    expect(page.items[1]).toMatchObject({ sessionId: '17', status: 'UNKNOWN', direction: null, from: null });
  });

  it('fail as a whole only when the list itself is missing', () => {
    expect(() => decodeHistoryPage({ rows: [] }, 'all')).toThrow(/without an items array/);
  });
});

describe('details', () => {
  it('map legs and keep nulls', () => {
    const legs = decodeDetails(
      { items: [{ call_id: 'c1', status_code: 200, rang_at: null, direction: 'INBOUND_CALL' }] },
      'callDetails',
    );
    expect(legs[0]).toMatchObject({
      callId: 'c1',
      statusCode: 200,
      rangAt: null,
      direction: 'INBOUND_CALL',
      queue: null,
    });
  });
});

describe('report jobs', () => {
  it('use documented defaults for nulls in non-null fields', () => {
    const job = decodeReportJob({ id: 'a', type: null, format: 'PDF', active: null, recipients: null });
    expect(job).toMatchObject({ type: 'UNKNOWN', format: 'UNKNOWN', active: false, recipients: [] });
  });

  it('split recipients on semicolons, ignoring blanks', () => {
    expect(splitRecipients('a@x.com; b@y.org;;')).toEqual(['a@x.com', 'b@y.org']);
    expect(splitRecipients('')).toEqual([]);
  });

  it('map execution status, including an unknown one', () => {
    expect(decodeReportExecution({ id: 'e', status: 'QUEUED', job_id: 'j', file_size: 2048 })).toMatchObject({
      status: 'UNKNOWN',
      jobId: 'j',
      fileSize: 2048,
    });
  });
});

describe('queue KPIs', () => {
  it('default blank counters to 0 and round integer fields', () => {
    expect(decodeQueueKpi({ total_calls: null, longest_waiting_time: 12.6, service_level: 93.5 })).toMatchObject({
      totalCalls: 0,
      longestWaitingTime: 13,
      serviceLevel: 93.5,
    });
  });

  it('refuse a body that is not an object', () => {
    expect(() => decodeQueueKpi([1, 2])).toThrow(/not a JSON object/);
  });
});
