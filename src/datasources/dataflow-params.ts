import { INTERVAL_HOURS, type Interval } from '../domain/enums.js';
import type { TimeRangeValue } from '../domain/time-range.js';

/** Body fields shared by Dataflow's analytics functions. */
export const rangeBody = (range: TimeRangeValue) => ({ start_time: range.start.text, end_time: range.end.text });

export const upstreamInterval = (interval: Interval): string => `${INTERVAL_HOURS[interval]}h`;
