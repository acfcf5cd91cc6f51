import type { Interval } from '../domain/enums.js';
import type { AgentKpiRecord, AgentPointRecord, QueueKpiRecord, QueuePointRecord } from '../domain/models.js';
import type { TimeRangeValue } from '../domain/time-range.js';
import { rangeBody, upstreamInterval } from './dataflow-params.js';
import { DataflowSource, type ReadSpec } from './dataflow-source.js';
import { decodeAgentKpi, decodeAgentPoints, decodeQueueKpi, decodeQueuePoints } from './decode/queue-analytics.js';
import { splitIntoWindows, stitch } from '../domain/time-windows.js';

/** Queue and agent KPIs and timeseries (`/dataflow/queues/...`). */
export class QueueAnalyticsSource extends DataflowSource {
  /** Several queues are averaged by Dataflow, so their order does not matter: sorted for one cache entry. */
  summary(queues: readonly string[], range: TimeRangeValue): Promise<QueueKpiRecord> {
    const sorted = [...new Set(queues)].sort();
    return this.read({
      request: {
        operation: 'queueSummary',
        method: 'POST',
        path: 'dataflow/queues/summary',
        body: { queues: sorted, ...rangeBody(range) },
      },
      decode: decodeQueueKpi,
      // Carries "now" figures (calls waiting, agents logged in) whatever the range.
      cacheClass: 'live',
    });
  }

  timeseries(queue: string, range: TimeRangeValue, interval: Interval): Promise<QueuePointRecord[]> {
    return this.windowed(range, interval, (window) => ({
      request: {
        operation: 'queueTimeseries',
        method: 'POST',
        path: 'dataflow/queues/timeseries',
        body: { queue, ...rangeBody(window), interval: upstreamInterval(interval) },
      },
      decode: decodeQueuePoints,
      cacheClass: this.rangeClass(window),
    }));
  }

  agentSummary(queue: string, agent: string, range: TimeRangeValue): Promise<AgentKpiRecord> {
    return this.read({
      request: {
        operation: 'agentSummary',
        method: 'POST',
        path: 'dataflow/queues/agent/summary',
        body: { queue, agent, ...rangeBody(range) },
      },
      decode: decodeAgentKpi,
      cacheClass: this.rangeClass(range),
    });
  }

  agentTimeseries(
    queue: string,
    agent: string,
    range: TimeRangeValue,
    interval: Interval,
  ): Promise<AgentPointRecord[]> {
    return this.windowed(range, interval, (window) => ({
      request: {
        operation: 'agentTimeseries',
        method: 'POST',
        path: 'dataflow/queues/agent/timeseries',
        body: { queue, agent, ...rangeBody(window), interval: upstreamInterval(interval) },
      },
      decode: decodeAgentPoints,
      cacheClass: this.rangeClass(window),
    }));
  }

  /** One read per 24-hour window of the range, side by side, stitched back in order. */
  private async windowed<T extends { time: string }>(
    range: TimeRangeValue,
    interval: Interval,
    readOf: (window: TimeRangeValue) => ReadSpec<T[]>,
  ): Promise<T[]> {
    return stitch(await Promise.all(splitIntoWindows(range, interval).map((window) => this.read(readOf(window)))));
  }
}
