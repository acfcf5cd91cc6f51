// callsTimeseries: call volume of the caller's tenant, or of the named tenants added together.
import { OWN_TENANT } from '../data/call-model.js';
import { callVolume } from '../data/call-volume.js';
import { ONE_TO_365_DAYS, readInterval, readRange } from '../range.js';
import { ok } from '../route.js';
import type { Route, RouteReply, RouteRequest } from '../route.js';
import { optionalIntegerArray, parseBody } from '../validation.js';

function callsTimeseries({ body, state }: RouteRequest): RouteReply {
  const json = parseBody(body);
  const tenants = optionalIntegerArray(json, 'tenants');
  const range = readRange(json, ONE_TO_365_DAYS);
  const intervalMs = readInterval(json);
  const streams = tenants && tenants.length > 0 ? tenants : [OWN_TENANT];
  return ok({ items: callVolume(state.calls, streams, range, intervalMs, state.now()) });
}

export const callsTimeseriesRoutes: readonly Route[] = [
  { method: 'POST', path: '/api/dataflow/analytics/calls/timeseries', operationId: 'callsTimeseries', handle: callsTimeseries },
];
