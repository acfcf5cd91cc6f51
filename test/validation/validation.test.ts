import { GatewayError } from '../../src/errors/gateway-error.js';
import { checkCron, checkName, checkRecipients, checkTimeZone } from '../../src/validation/report-job-fields.js';
import { checkInt64Id, checkKnown, checkResourceId } from '../../src/validation/scalars.js';
import { checkRange } from '../../src/validation/time-ranges.js';
import { parseDateTime } from '../../src/domain/date-time.js';

function rejection(run: () => unknown): GatewayError {
  try {
    run();
  } catch (error) {
    if (error instanceof GatewayError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

describe('input checks name the argument and use BAD_USER_INPUT', () => {
  it('e-mail addresses, by position', () => {
    const error = rejection(() => checkRecipients(['ok@example.com', 'not-an-address'], 'input.recipients'));
    expect(error.message).toBe('input.recipients[1]: "not-an-address" is not an e-mail address');
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.recipients[1]' });
    expect(() => checkRecipients(['a@x.com;b@y.com'], 'r')).toThrow(GatewayError);
  });

  it('IANA time zones, sent in their canonical spelling', () => {
    expect(checkTimeZone('Asia/Shanghai', 'tz')).toBe('Asia/Shanghai');
    expect(checkTimeZone('asia/shanghai', 'tz')).toBe('Asia/Shanghai');
    expect(checkTimeZone('AMERICA/NEW_YORK', 'tz')).toBe('America/New_York');
    expect(checkTimeZone('UTC', 'tz')).toBe('UTC');
    expect(checkTimeZone('utc', 'tz')).toBe('UTC');
    // IANA's current names, which the runtime's ICU may only know by retired ones.
    expect(checkTimeZone('asia/kolkata', 'tz')).toBe('Asia/Kolkata');
    expect(checkTimeZone('Europe/Kyiv', 'tz')).toBe('Europe/Kyiv');
    expect(checkTimeZone('america/nuuk', 'tz')).toBe('America/Nuuk');
    // A link is kept as the name chosen, spelt as IANA spells it.
    expect(checkTimeZone('us/pacific', 'tz')).toBe('US/Pacific');
    expect(checkTimeZone('etc/gmt+5', 'tz')).toBe('Etc/GMT+5');
    for (const zone of ['SystemV/AST4', 'localtime', 'posixrules', 'Factory', '../etc', 'Asia', '']) {
      expect(rejection(() => checkTimeZone(zone, 'tz')).message).toMatch(/is not an IANA time zone/);
    }
    expect(rejection(() => checkTimeZone('Mars/Olympus_Mons', 'input.timezone')).message).toMatch(
      /^input\.timezone: .*IANA/,
    );
    expect(() => checkTimeZone('+05:00', 'tz')).toThrow(GatewayError);
  });

  it('five-field cron expressions (cron.test.ts has the grammar)', () => {
    expect(checkCron(' 1  0 * * * ', 'c')).toBe('1 0 * * *');
    expect(rejection(() => checkCron('0 0 * * * *', 'input.cronExpr')).message).toMatch(
      /^input\.cronExpr: "0 0 \* \* \* \*" is not a valid cron expression: it needs five fields.*it has 6$/,
    );
    expect(rejection(() => checkCron('61 0 * * *', 'input.cronExpr')).message).toBe(
      'input.cronExpr: "61 0 * * *" is not a valid cron expression: minute "61" must be from 0 to 59',
    );
  });

  it('recipients: at least one', () => {
    expect(rejection(() => checkRecipients([], 'input.recipients')).message).toBe(
      'input.recipients: name from 1 to 50 e-mail addresses',
    );
  });

  it('names: not blank, sent trimmed', () => {
    expect(checkName('  Nightly  ', 'n')).toBe('Nightly');
    expect(rejection(() => checkName(' \t', 'input.scheduleName')).message).toBe(
      'input.scheduleName: must not be blank',
    );
  });

  it('Dataflow ids: one URL-safe path segment, never dots alone', () => {
    for (const id of ['NzAwNTUxOTA5NzczMTQ4MTYw', 'a.b', '.x', 'x..', '~a+b=', 'A-_9'])
      expect(checkResourceId(id, 'id')).toBe(id);
    // Taken exactly: an id is never trimmed into another one (U+FEFF is whitespace to trim()).
    for (const id of [
      '.',
      '..',
      '....',
      'a/b',
      'a%2Fb',
      '%2e%2e',
      'a b',
      ' abc',
      '\ufeffabc',
      'é',
      'x'.repeat(129),
      '\\',
    ]) {
      expect(rejection(() => checkResourceId(id, 'id')).message).toMatch(/^id: .* is not a Dataflow id/);
    }
    expect(rejection(() => checkResourceId('', 'id')).message).toBe('id: must not be empty');
  });

  it('64-bit ids as digits only, never through a double', () => {
    expect(checkInt64Id('1040099039162400768', 's')).toBe('1040099039162400768');
    expect(() => checkInt64Id('1e18', 'sessionId')).toThrow(/sessionId/);
    expect(() => checkInt64Id('18446744073709551616', 'sessionId')).toThrow(GatewayError);
  });

  it('UNKNOWN is not input', () => {
    expect(() => checkKnown('UNKNOWN', 'filter.status')).toThrow(/filter\.status/);
  });

  it('ranges: end after start, within the limit', () => {
    const day = { start: parseDateTime('2026-11-27T00:00:00Z'), end: parseDateTime('2026-11-28T00:00:00Z') };
    expect(checkRange(day, 'range', { maxMs: 86_400_000, subject: 'an agent summary' })).toBe(day);
    const backwards = { start: day.end, end: day.start };
    expect(rejection(() => checkRange(backwards, 'range', { subject: 'x' })).message).toMatch(
      /^range: end .* must be after start/,
    );
    const long = { start: day.start, end: parseDateTime('2026-11-28T00:00:01Z') };
    expect(rejection(() => checkRange(long, 'range', { maxMs: 86_400_000, subject: 'an agent summary' })).message).toBe(
      'range: an agent summary covers at most 1 day',
    );
  });
});
