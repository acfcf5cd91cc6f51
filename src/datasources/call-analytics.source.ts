import type { CacheClass } from '../cache/cache-policy.js';
import type { CallDirection, CallStatus, Interval } from '../domain/enums.js';
import type { CallLegRecord, CallSessionRecord, CallVolumePointRecord, HistorySource, Page } from '../domain/models.js';
import type { TimeRangeValue } from '../domain/time-range.js';
import { rangeBody, upstreamInterval } from './dataflow-params.js';
import { DataflowSource } from './dataflow-source.js';
import { decodeCallVolume, decodeDetails, decodeHistoryPage } from './decode/call-analytics.js';
import { type ListWindow, type PageRequest, readWindow, type WindowResult } from './paging.js';
import { type OperationId, segment } from './transport/upstream-request.js';

/** Conditions shared by both history functions, already validated. */
interface HistoryConditions {
  readonly minDuration?: number;
  readonly maxDuration?: number;
  readonly startHourOfDay?: number;
  readonly endHourOfDay?: number;
  readonly status?: CallStatus;
}

export interface HistoryFilter extends HistoryConditions {
  readonly range: TimeRangeValue;
  readonly from?: string;
  readonly to?: string;
  /** Digits of a 64-bit id; sent as a JSON string, as the filter body wants. */
  readonly sessionId?: string;
}

export interface UserHistoryFilter extends HistoryConditions {
  readonly range?: TimeRangeValue;
  readonly user?: string;
  readonly direction?: CallDirection;
  readonly destination?: string;
}

function conditionsBody(filter: HistoryConditions) {
  return {
    start_duration: filter.minDuration,
    end_duration: filter.maxDuration,
    start_hour_of_day: filter.startHourOfDay,
    end_hour_of_day: filter.endHourOfDay,
    status: filter.status,
  };
}

/** The administrator's functions and the signed-in user's: rows and details come in pairs. */
const HISTORY_FUNCTIONS = {
  all: { history: 'callHistory', details: 'callDetails', path: 'dataflow/analytics/calls/history' },
  user: { history: 'userCallHistory', details: 'userCallDetails', path: 'dataflow/analytics/calls/user/history' },
} as const satisfies Record<HistorySource, { history: OperationId; details: OperationId; path: string }>;

const pageQuery = (page: PageRequest) => ({ skip: page.skip, top: page.top, count: page.count || undefined });

/** Call volume, call history and per-session details (`/dataflow/analytics/calls/...`). */
export class CallAnalyticsSource extends DataflowSource {
  /** Tenant ids travel as bare JSON integers: BigInt keeps every digit on the way out. */
  volume(
    range: TimeRangeValue,
    tenants: readonly string[] | undefined,
    interval: Interval | undefined,
  ): Promise<CallVolumePointRecord[]> {
    return this.read({
      request: {
        operation: 'callsTimeseries',
        method: 'POST',
        path: 'dataflow/analytics/calls/timeseries',
        body: {
          tenants: tenants?.map((tenant) => BigInt(tenant)),
          ...rangeBody(range),
          interval: interval && upstreamInterval(interval),
        },
      },
      decode: decodeCallVolume,
      cacheClass: this.rangeClass(range),
    });
  }

  history(filter: HistoryFilter, window: ListWindow): Promise<WindowResult<CallSessionRecord>> {
    return this.historyWindow('all', window, this.rangeClass(filter.range), {
      ...conditionsBody(filter),
      ...rangeBody(filter.range),
      from: filter.from,
      to: filter.to,
      session_id: filter.sessionId,
    });
  }

  userHistory(filter: UserHistoryFilter, window: ListWindow): Promise<WindowResult<CallSessionRecord>> {
    // Without a range the answer reaches the present.
    return this.historyWindow('user', window, filter.range ? this.rangeClass(filter.range) : 'live', {
      ...conditionsBody(filter),
      ...(filter.range ? rangeBody(filter.range) : {}),
      user: filter.user,
      direction: filter.direction,
      destination: filter.destination,
    });
  }

  /** Legs of one session, from the function matching the row's origin; null when Dataflow has none. */
  details(sessionId: string, source: HistorySource): Promise<CallLegRecord[] | null> {
    const { details: operation, path } = HISTORY_FUNCTIONS[source];
    return this.readOrNull({
      request: { operation, method: 'POST', path: `${path}/${segment(sessionId)}`, body: {} },
      decode: (json) => decodeDetails(json, operation),
      // A finished call's legs do not change.
      cacheClass: 'past',
    });
  }

  private historyWindow(
    source: HistorySource,
    window: ListWindow,
    cacheClass: CacheClass,
    body: Record<string, unknown>,
  ): Promise<WindowResult<CallSessionRecord>> {
    const { history: operation, path } = HISTORY_FUNCTIONS[source];
    return readWindow(window, (page): Promise<Page<CallSessionRecord>> =>
      this.read({
        request: { operation, method: 'POST', path, query: pageQuery(page), body },
        decode: (json) => decodeHistoryPage(json, source),
        cacheClass,
      }),
    );
  }
}
