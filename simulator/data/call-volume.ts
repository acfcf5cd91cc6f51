// Call volume timeseries from the call skeletons: up to 24 h by interval, longer ranges by day.
import { DAY_MS } from '../time.js';
import type { OffsetInstant } from '../time.js';
import { bucketsOf, upTo } from './buckets.js';
import type { CallModel } from './call-model.js';

export interface CallVolumePoint {
  time: string;
  total: number;
  answered: number;
  /** Everything not answered, including blank and NONE statuses, so total = answered + not_answered. */
  not_answered: number;
}

export function callVolume(
  model: CallModel,
  tenants: readonly string[],
  range: { start: OffsetInstant; end: OffsetInstant },
  intervalMs: number,
  now: number,
): CallVolumePoint[] {
  const bucketMs = range.end.ms - range.start.ms > DAY_MS ? DAY_MS : intervalMs;
  return bucketsOf(range.start, range.end.ms, bucketMs).map((bucket) => {
    const calls = tenants.flatMap((tenant) => model.skeletonsIn(tenant, upTo(bucket.range, now)));
    const answered = calls.filter((call) => call.status === 'ANSWERED').length;
    return { time: bucket.time, total: calls.length, answered, not_answered: calls.length - answered };
  });
}
