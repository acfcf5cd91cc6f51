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

  it.each(['2025-02-29T00:00:00Z', '2025-13-01T00:00:00Z', '2025-01-01T24:00:00Z', '2025-01-01T00:00:00+24:00', 'yesterday', ''])(
    'rejects %p', (text) => {
      expect(() => parseDateTime(text)).toThrow();
    },
  );

  it('accepts a leap day', () => {
    expect(parseDateTime('2024-02-29T12:00:00+05:30').offsetMinutes).toBe(330);
  });
});

describe('formatDateTime and startOfDay', () => {
  it('writes wall-clock time in an offset', () => {
    expect(formatDateTime(Date.parse('2026-11-28T04:00:00Z'), -300)).toBe('2026-11-27T23:00:00-05:00');
    expect(formatDateTime(Date.parse('2026-11-28T04:00:00Z'), 330)).toBe('2026-11-28T09:30:00+05:30');
  });

  it('finds midnight in the offset, not in UTC', () => {
    const instant = Date.parse('2026-11-28T03:00:00Z'); // 22:00 the day before at -05:00
    expect(formatDateTime(startOfDay(instant, -300), -300)).toBe('2026-11-27T00:00:00-05:00');
  });
});
