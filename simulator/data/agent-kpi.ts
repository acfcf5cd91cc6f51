// One agent's KPIs within one queue, aggregated from the queue model.
import { HOUR_MS, SECOND_MS, hoursOverlapping, overlapMs } from '../time.js';
import type { MsRange } from '../time.js';
import type { CallQueue } from './directory.js';
import { displayNameOf } from './directory.js';
import type { QueueCall, QueueModel } from './queue-model.js';
import { average, sum } from './stats.js';

export interface AgentCallStats {
  answered_calls: number;
  missed_calls: number;
  total_talk_time: number;
  avg_talk_time: number;
}

export interface AgentKpi extends AgentCallStats {
  queue: string;
  agent: string;
  display_name: string | null;
  transferred_calls: number;
  longest_talk_time: number;
  logged_in_time: number;
  ready_time: number;
  not_ready_time: number;
}

export interface AgentPoint extends AgentCallStats {
  time: string;
}

export function agentCallStats(calls: readonly QueueCall[], agent: string): AgentCallStats {
  const answered = calls.filter((call) => call.answeredBy === agent);
  const talk = sum(answered.map((call) => call.talkSeconds));
  return {
    answered_calls: answered.length,
    missed_calls: calls.filter((call) => call.missedBy === agent).length,
    total_talk_time: talk,
    avg_talk_time: average(talk, answered.length),
  };
}

/** `range` must already exclude the future. */
export function agentKpi(model: QueueModel, queue: CallQueue, agent: string, range: MsRange): AgentKpi {
  const calls = model.callsIn(queue, range);
  const answered = calls.filter((call) => call.answeredBy === agent);
  const time = shiftTime(model, agent, range);
  return {
    queue: queue.extension_number,
    agent,
    display_name: displayNameOf(agent),
    ...agentCallStats(calls, agent),
    transferred_calls: answered.filter((call) => call.transferred).length,
    longest_talk_time: Math.max(0, ...answered.map((call) => call.talkSeconds)),
    logged_in_time: time.loggedIn,
    ready_time: time.loggedIn - time.notReady,
    not_ready_time: time.notReady,
  };
}

/** Seconds logged in and on break within the range; shift intervals clip exactly. */
function shiftTime(model: QueueModel, agent: string, range: MsRange): { loggedIn: number; notReady: number } {
  let loggedIn = 0;
  let notReady = 0;
  for (const hourIndex of hoursOverlapping(range)) {
    const shift = model.shiftOf(agent, hourIndex);
    if (!shift) continue;
    const base = hourIndex * HOUR_MS;
    const at = (second: number): number => base + second * SECOND_MS;
    loggedIn += overlapMs({ startMs: at(shift.loginFrom), endMs: at(shift.loginTo) }, range);
    notReady += overlapMs({ startMs: at(shift.breakFrom), endMs: at(shift.breakTo) }, range);
  }
  // Ranges are whole seconds in practice; flooring keeps ready + not_ready = logged_in.
  return { loggedIn: Math.floor(loggedIn / SECOND_MS), notReady: Math.floor(notReady / SECOND_MS) };
}
