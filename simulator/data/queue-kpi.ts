// Queue KPIs (summary and buckets) aggregated from the queue model.
import { hashKey } from '../prng.js';
import { HOUR_MS, MINUTE_MS, SECOND_MS } from '../time.js';
import type { MsRange } from '../time.js';
import type { CallQueue } from './directory.js';
import { SLA_SECONDS, isLoggedInAt, isReadyAt } from './queue-model.js';
import type { QueueCall, QueueModel } from './queue-model.js';
import { average, percent, round2, sum } from './stats.js';
import { trafficFactor } from './traffic.js';

/** Totals and averages over a set of calls; shared by the summary and its buckets. */
export interface QueueCallStats {
  total_calls: number;
  answered_calls: number;
  abandoned_calls: number;
  avg_waiting_time: number;
  avg_talk_time: number;
  service_level: number;
}

export interface QueueKpi extends QueueCallStats {
  waiting_calls: number;
  longest_waiting_time: number;
  answer_rate: number;
  abandon_rate: number;
  logged_in_agents: number;
  available_agents: number;
  busy_agents: number;
}

export interface QueuePoint extends QueueCallStats {
  time: string;
}

export function callStats(calls: readonly QueueCall[]): QueueCallStats {
  const answered = calls.filter((call) => call.answeredBy !== null);
  return {
    total_calls: calls.length,
    answered_calls: answered.length,
    abandoned_calls: calls.length - answered.length,
    avg_waiting_time: average(sum(calls.map((call) => call.waitSeconds)), calls.length),
    avg_talk_time: average(sum(answered.map((call) => call.talkSeconds)), answered.length),
    service_level: percent(answered.filter((call) => call.waitSeconds <= SLA_SECONDS).length, calls.length),
  };
}

/** One queue's KPIs over a range; calls at or after `now` have not happened yet. */
export function queueKpi(model: QueueModel, seed: number, queue: CallQueue, range: MsRange, now: number): QueueKpi {
  const stats = callStats(model.callsIn(queue, { startMs: range.startMs, endMs: Math.min(range.endMs, now) }));
  return {
    ...stats,
    ...waitingNow(seed, queue, now),
    answer_rate: percent(stats.answered_calls, stats.total_calls),
    abandon_rate: percent(stats.abandoned_calls, stats.total_calls),
    ...agentsNow(model, seed, queue, now),
  };
}

/** Several queues are averaged field by field, as the contract says. */
export function averageKpis(kpis: readonly QueueKpi[]): QueueKpi {
  const first = kpis[0];
  if (!first || kpis.length === 1) {
    if (!first) throw new Error('averageKpis needs at least one queue');
    return first;
  }
  const keys = Object.keys(first) as (keyof QueueKpi)[];
  const integers = new Set<keyof QueueKpi>([
    'total_calls',
    'answered_calls',
    'abandoned_calls',
    'waiting_calls',
    'longest_waiting_time',
    'logged_in_agents',
    'available_agents',
    'busy_agents',
  ]);
  const averaged = {} as QueueKpi;
  for (const key of keys) {
    const mean = sum(kpis.map((kpi) => kpi[key])) / kpis.length;
    averaged[key] = integers.has(key) ? Math.round(mean) : round2(mean);
  }
  // Rounding each mean on its own can break the sums clients check; derive the parts instead.
  averaged.abandoned_calls = averaged.total_calls - averaged.answered_calls;
  averaged.available_agents = Math.min(averaged.available_agents, averaged.logged_in_agents - averaged.busy_agents);
  return averaged;
}

/** Calls waiting right now: changes every minute, more during busy hours. */
function waitingNow(
  seed: number,
  queue: CallQueue,
  now: number,
): Pick<QueueKpi, 'waiting_calls' | 'longest_waiting_time'> {
  const minute = Math.floor(now / MINUTE_MS);
  const roll = hashKey(seed, 'waiting', queue.extension_number, minute) / 2 ** 32;
  const expected = (queue.trafficPerPeakHour / 5) * trafficFactor(Math.floor(now / HOUR_MS));
  const waiting = Math.floor(expected * roll * 2);
  const longest = waiting === 0 ? 0 : 5 + Math.floor(roll * 220);
  return { waiting_calls: waiting, longest_waiting_time: longest };
}

/** Agent states right now, from the shifts; some ready agents are on a call. */
function agentsNow(
  model: QueueModel,
  seed: number,
  queue: CallQueue,
  now: number,
): Pick<QueueKpi, 'logged_in_agents' | 'available_agents' | 'busy_agents'> {
  const hourIndex = Math.floor(now / HOUR_MS);
  const second = Math.floor((now - hourIndex * HOUR_MS) / SECOND_MS);
  const minute = Math.floor(now / MINUTE_MS);
  let loggedIn = 0;
  let available = 0;
  let busy = 0;
  for (const member of queue.members) {
    const shift = model.shiftOf(member.extension, hourIndex);
    if (!isLoggedInAt(shift, second)) continue;
    loggedIn += 1;
    if (!isReadyAt(shift, second)) continue;
    if (hashKey(seed, 'busy', member.extension, minute) / 2 ** 32 < 0.45) busy += 1;
    else available += 1;
  }
  return { logged_in_agents: loggedIn, available_agents: available, busy_agents: busy };
}
