import { parseDateTime } from '../../src/domain/date-time.js';
import { Interval } from '../../src/domain/enums.js';
import { splitIntoWindows, stitch } from '../../src/domain/time-windows.js';

const range = (start: string, end: string) => ({ start: parseDateTime(start), end: parseDateTime(end) });
const texts = (windows: ReturnType<typeof splitIntoWindows>) =>
  windows.map((window) => [window.start.text, window.end.text]);

describe('splitIntoWindows', () => {
  it('leaves a range of at most 24 hours whole', () => {
    const whole = range('2026-11-27T00:00:00-05:00', '2026-11-28T00:00:00-05:00');
    expect(splitIntoWindows(whole, Interval.ONE_HOUR)).toEqual([whole]);
  });

  it('cuts an aligned 3-day range at midnights of the offset', () => {
    expect(
      texts(splitIntoWindows(range('2026-11-25T00:00:00-05:00', '2026-11-28T00:00:00-05:00'), Interval.ONE_HOUR)),
    ).toEqual([
      ['2026-11-25T00:00:00-05:00', '2026-11-26T00:00:00-05:00'],
      ['2026-11-26T00:00:00-05:00', '2026-11-27T00:00:00-05:00'],
      ['2026-11-27T00:00:00-05:00', '2026-11-28T00:00:00-05:00'],
    ]);
  });

  it('puts inner boundaries on the bucket grid when start is not aligned', () => {
    // 10:30 with 4-hour buckets: the bucket holding start begins at 08:00, so windows end at 08:00.
    const windows = splitIntoWindows(range('2026-11-25T10:30:00Z', '2026-11-27T12:00:00Z'), Interval.FOUR_HOURS);
    expect(texts(windows)).toEqual([
      ['2026-11-25T10:30:00Z', '2026-11-26T08:00:00Z'],
      ['2026-11-26T08:00:00Z', '2026-11-27T08:00:00Z'],
      ['2026-11-27T08:00:00Z', '2026-11-27T12:00:00Z'],
    ]);
    for (const window of windows) expect(window.end.epochMs - window.start.epochMs).toBeLessThanOrEqual(86_400_000);
  });

  it('covers the range exactly, window after window', () => {
    const whole = range('2026-11-01T07:15:00+05:30', '2026-11-20T03:00:00+05:30');
    const windows = splitIntoWindows(whole, Interval.THREE_HOURS);
    expect(windows[0]!.start).toEqual(whole.start);
    expect(windows.at(-1)!.end).toEqual(whole.end);
    windows.slice(1).forEach((window, index) => expect(window.start.epochMs).toBe(windows[index]!.end.epochMs));
  });
});

describe('stitch', () => {
  it('keeps window order and drops a repeated bucket', () => {
    const points = stitch([
      [{ time: 'a' }, { time: 'b' }],
      [{ time: 'b' }, { time: 'c' }],
    ]);
    expect(points.map((point) => point.time)).toEqual(['a', 'b', 'c']);
  });
});
