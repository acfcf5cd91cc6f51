// RFC 3339 parsing and formatting with offsets, and the bucket arithmetic.
import { alignedBucketStarts, formatRfc3339, hourOfDay, parseRfc3339 } from '../../simulator/time.js';

describe('parseRfc3339', () => {
  it('reads the offset and the instant', () => {
    expect(parseRfc3339('2026-11-28T09:00:00-05:00')).toEqual({
      ms: Date.parse('2026-11-28T14:00:00Z'),
      offsetMinutes: -300,
      zulu: false,
    });
    expect(parseRfc3339('2026-11-28T09:00:00.5Z')).toEqual({
      ms: Date.parse('2026-11-28T09:00:00.500Z'),
      offsetMinutes: 0,
      zulu: true,
    });
    expect(parseRfc3339('0050-01-01T00:00:00+00:00')?.ms).toBe(Date.parse('0050-01-01T00:00:00Z'));
  });

  it.each([
    '2026-11-28T09:00:00',
    '2026-11-28 09:00:00Z',
    '2026-02-29T00:00:00Z',
    '2026-11-28T24:00:00Z',
    '2026-11-28T09:00:00+24:00',
    '2026-11-28',
  ])('rejects %j', (text) => {
    expect(parseRfc3339(text)).toBeUndefined();
  });
});

describe('formatRfc3339', () => {
  it('writes the instant in the given offset', () => {
    const ms = Date.parse('2026-11-28T14:00:00Z');
    expect(formatRfc3339(ms, -300)).toBe('2026-11-28T09:00:00-05:00');
    expect(formatRfc3339(ms, 330)).toBe('2026-11-28T19:30:00+05:30');
    expect(formatRfc3339(ms)).toBe('2026-11-28T14:00:00Z');
    expect(formatRfc3339(ms, 0, false)).toBe('2026-11-28T14:00:00+00:00');
    expect(formatRfc3339(ms + 250)).toBe('2026-11-28T14:00:00.250Z');
  });
});

describe('alignedBucketStarts', () => {
  it('aligns to midnight in the start offset', () => {
    const start = parseRfc3339('2026-11-28T07:10:00-05:00');
    if (!start) throw new Error('unparsable');
    const starts = alignedBucketStarts(start, start.ms + 5 * 3600_000, 3 * 3600_000);
    expect(starts.map((ms) => formatRfc3339(ms, -300))).toEqual([
      '2026-11-28T06:00:00-05:00',
      '2026-11-28T09:00:00-05:00',
      '2026-11-28T12:00:00-05:00',
    ]);
  });

  it('reads hours of the day in an offset', () => {
    expect(hourOfDay(Date.parse('2026-11-28T02:00:00Z'), -300)).toBe(21);
    expect(hourOfDay(Date.parse('2026-11-28T20:00:00Z'), 330)).toBe(1);
  });
});
