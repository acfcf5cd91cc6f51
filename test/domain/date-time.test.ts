import { formatDateTime, parseDateTime, startOfDay } from '../../src/domain/date-time.js';

describe('parseDateTime', () => {
  it('keeps the offset and computes the instant', () => {
    const value = parseDateTime('2025-09-28T00:00:00-04:00');
    expect(value.epochMs).toBe(Date.parse('2025-09-28T04:00:00Z'));
    expect(value.offsetMinutes).toBe(-240);
    expect(value.text).toBe('2025-09-28T00:00:00-04:00');
  });

  it('writes UTC as Z and keeps milliseconds only when present', () => {
    expect(parseDateTime('2025-09-28T10:00:00+00:00').text).toBe('2025-09-28T10:00:00Z');
    expect(parseDateTime('2025-09-28T10:00:00.250z').text).toBe('2025-09-28T10:00:00.250Z');
    expect(parseDateTime('2025-09-28t10:00:00.000Z').text).toBe('2025-09-28T10:00:00Z');
  });

  it('rejects a date-time without an offset, saying so', () => {
    expect(() => parseDateTime('2025-09-28T00:00:00')).toThrow(/has no offset/);
  });

  it.each([
    '2025-02-29T00:00:00Z',
    '2025-13-01T00:00:00Z',
    '2025-01-01T24:00:00Z',
    '2025-01-01T00:00:00+24:00',
    'yesterday',
    '',
  ])('rejects %p', (text) => {
    expect(() => parseDateTime(text)).toThrow();
  });

  it('accepts a leap day', () => {
    expect(parseDateTime('2024-02-29T12:00:00+05:30').offsetMinutes).toBe(330);
  });

  it.each([
    '0000-01-01T00:00:00Z',
    '0000-06-15T12:30:00+01:00',
    '0001-01-01T00:00:00Z',
    '0050-01-01T00:00:00Z',
    '0099-12-31T23:59:59-05:00',
    '0100-03-01T00:00:00Z',
  ])('keeps the years 0000 to 0099 (and 0100) exactly: %p', (text) => {
    const value = parseDateTime(text);
    expect(value.text).toBe(text);
    expect(new Date(value.epochMs + value.offsetMinutes * 60_000).getUTCFullYear()).toBe(Number(text.slice(0, 4)));
  });

  it('counts leap years by the Gregorian rule, also before 1000', () => {
    expect(parseDateTime('0000-02-29T00:00:00Z').text).toBe('0000-02-29T00:00:00Z');
    expect(parseDateTime('0004-02-29T00:00:00Z').text).toBe('0004-02-29T00:00:00Z');
    expect(() => parseDateTime('0100-02-29T00:00:00Z')).toThrow(/out of range/);
    expect(() => parseDateTime('1900-02-29T00:00:00Z')).toThrow(/out of range/);
  });

  it('refuses instants without a four-digit year in UTC, saying so', () => {
    for (const text of ['0000-01-01T00:30:00+01:00', '9999-12-31T23:30:00-01:00']) {
      expect(() => parseDateTime(text)).toThrow(/must lie between 0000-01-01 and 9999-12-31 in UTC/);
    }
    // "Forever" as clients write it.
    expect(parseDateTime('9999-12-31T23:59:59Z').text).toBe('9999-12-31T23:59:59Z');
    expect(parseDateTime('0000-01-01T00:00:00Z').text).toBe('0000-01-01T00:00:00Z');
    expect(parseDateTime('0000-01-01T00:30:00-01:00').text).toBe('0000-01-01T00:30:00-01:00');
  });

  it('keeps a day of year 0050 a day long', () => {
    const start = parseDateTime('0050-03-01T00:00:00Z');
    const end = parseDateTime('0050-03-02T00:00:00Z');
    expect(end.epochMs - start.epochMs).toBe(86_400_000);
    expect(start.epochMs).toBeLessThan(Date.parse('1900-01-01T00:00:00Z'));
  });
});

describe('formatDateTime and startOfDay', () => {
  it('writes wall-clock time in an offset', () => {
    expect(formatDateTime(Date.parse('2026-11-28T04:00:00Z'), -300)).toBe('2026-11-27T23:00:00-05:00');
    expect(formatDateTime(Date.parse('2026-11-28T04:00:00Z'), 330)).toBe('2026-11-28T09:30:00+05:30');
  });

  it('refuses to write a year RFC 3339 cannot hold', () => {
    expect(formatDateTime(Date.parse('0000-01-01T00:00:00Z'), 0)).toBe('0000-01-01T00:00:00Z');
    expect(() => formatDateTime(Date.parse('0000-01-01T00:00:00Z'), -60)).toThrow(RangeError);
  });

  it('writes +00:00 instead of Z when asked (the simulator echoes its caller)', () => {
    expect(formatDateTime(0, 0, false)).toBe('1970-01-01T00:00:00+00:00');
  });

  it('finds midnight in the offset, not in UTC', () => {
    const instant = Date.parse('2026-11-28T03:00:00Z'); // 22:00 the day before at -05:00
    expect(formatDateTime(startOfDay(instant, -300), -300)).toBe('2026-11-27T00:00:00-05:00');
  });
});
