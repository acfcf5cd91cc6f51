// callsTimeseries: call volume of the caller's tenant, or of the named tenants added together.
import { field } from '../body-fields.js';
import { OWN_TENANT } from '../data/call-model.js';
import { callVolume } from '../data/call-volume.js';
import { ONE_TO_365_DAYS, readInterval, readRange } from '../range.js';
import { ok } from '../route.js';
import type { Handlers, RouteReply, RouteRequest } from '../route.js';

function callsTimeseries({ body, state }: RouteRequest): RouteReply {
  // Integers, as the contract has checked: bigints past 2^53, so String() gives every digit.
  const tenants = field<(number | bigint)[]>(body, 'tenants')?.map(String);
  const range = readRange(body, ONE_TO_365_DAYS);
  const intervalMs = readInterval(body);
  const streams = tenants && tenants.length > 0 ? tenants : [OWN_TENANT];
  return ok({ items: callVolume(state.calls, streams, range, intervalMs, state.now()) });
}

export const callsTimeseriesHandlers: Handlers = { callsTimeseries };
