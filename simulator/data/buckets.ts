// Timeseries buckets: aligned starts, each clipped to the requested range so the buckets of a
// range add up exactly to the range's summary.
import { alignedBucketStarts, formatLike } from '../time.js';
import type { MsRange, OffsetInstant } from '../time.js';

export interface Bucket {
  /** The bucket's start, written in start_time's offset. */
  time: string;
  /** The part of the bucket inside the requested range. */
  range: MsRange;
}

export function bucketsOf(start: OffsetInstant, endMs: number, bucketMs: number): Bucket[] {
  return alignedBucketStarts(start, endMs, bucketMs).map((bucketStart) => ({
    time: formatLike(bucketStart, start),
    range: { startMs: Math.max(bucketStart, start.ms), endMs: Math.min(bucketStart + bucketMs, endMs) },
  }));
}

/** The part of a range that is not in the future. */
export function upTo(range: MsRange, now: number): MsRange {
  return { startMs: range.startMs, endMs: Math.min(range.endMs, now) };
}
