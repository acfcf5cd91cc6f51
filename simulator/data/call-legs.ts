// Per-leg details of a call session, rebuilt from its history row so they always agree with it:
// the first leg starts at the row's start_time and the last ends at its end_time.
import { randomFor } from '../prng.js';
import type { Random } from '../prng.js';
import { SECOND_MS, formatRfc3339 } from '../time.js';
import type { HistoryCall } from './call-model.js';
import { extensionName, pickExtension } from './parties.js';

export interface CallLeg {
  call_id: string;
  caller: string;
  caller_display_name: string | null;
  callee: string;
  callee_display_name: string | null;
  started_at: string;
  rang_at: string | null;
  answered_at: string | null;
  ended_at: string;
  direction: string;
  end_reason: string;
  reroute_reason: string | null;
  status_code: number;
  destination: string | null;
  trunk: string | null;
  queue: string | null;
  agent: string | null;
  duration: number;
}

/** A leg before formatting: times in epoch ms. */
interface LegPlan {
  caller: string;
  callee: string;
  startedAt: number;
  rangAt: number | null;
  answeredAt: number | null;
  endedAt: number;
  endReason: string;
  statusCode: number;
  rerouteReason?: string;
  agent?: string;
}

type Parties = Pick<LegPlan, 'caller' | 'callee'> & { agent?: string };

export function legsOf(seed: number, call: HistoryCall): CallLeg[] {
  const random = randomFor(seed, 'legs', call.sessionId);
  const plans = call.queue ? queueLegs(random, call) : directLegs(random, call);
  const callId = Array.from({ length: 16 }, () => random.int(0, 15).toString(16)).join('');
  return plans.map((plan, index) => formatLeg(call, plan, `${callId}-${index + 1}@pbx.example.com`));
}

/** A leg that rang from `from` to `to` and was never picked up. */
function unanswered(parties: Parties, from: number, to: number, endReason: string, statusCode: number): LegPlan {
  return { ...parties, startedAt: from, rangAt: from, answeredAt: null, endedAt: to, endReason, statusCode };
}

/** A leg that failed before ringing anywhere. */
function failed(parties: Parties, from: number, to: number, statusCode: number): LegPlan {
  return {
    ...parties,
    startedAt: from,
    rangAt: null,
    answeredAt: null,
    endedAt: to,
    endReason: 'CALLER_DISCONNECTED',
    statusCode,
  };
}

function hangUp(random: Random): string {
  return random.chance(0.5) ? 'CALLER_DISCONNECTED' : 'CALLEE_DISCONNECTED';
}

/** Caller into the queue, maybe a missed agent, then the answering agent, maybe a transfer. */
function queueLegs(random: Random, call: HistoryCall): LegPlan[] {
  const at = (seconds: number): number => call.at + seconds * SECOND_MS;
  const intoQueue = { caller: call.from, callee: call.to };
  if (call.status === 'NONE') return [failed(intoQueue, call.at, call.endAt, 503)];
  const pickup = call.status === 'ANSWERED' ? at(call.ringSeconds) : null;
  if (!pickup) {
    const legs = [unanswered(intoQueue, call.at, call.endAt, 'CALLER_DISCONNECTED', 487)];
    if (call.missedBy) legs.push(missedLeg(call, at));
    return legs;
  }
  // The queue picks up at once, but the caller only counts as answered when an agent takes the call.
  const legs: LegPlan[] = [
    {
      ...intoQueue,
      startedAt: call.at,
      rangAt: call.at,
      answeredAt: at(1),
      endedAt: pickup,
      endReason: 'REDIRECTED',
      rerouteReason: 'QUEUE_DISTRIBUTION',
      statusCode: 200,
    },
  ];
  let ringFrom = at(1);
  if (call.missedBy) {
    const missed = missedLeg(call, at);
    legs.push(missed);
    ringFrom = Math.min(pickup, missed.endedAt);
  }
  if (call.agent) {
    legs.push(
      ...answeredLegs(random, call, { caller: call.to, callee: call.agent, agent: call.agent }, ringFrom, pickup),
    );
  }
  return legs;
}

/** The agent who let the call ring out during the first half of the wait. */
function missedLeg(call: HistoryCall, at: (seconds: number) => number): LegPlan {
  const agent = call.missedBy ?? '';
  const half = Math.max(2, Math.floor(call.ringSeconds / 2));
  return { ...unanswered({ caller: call.to, callee: agent }, at(1), at(half), 'CANCELLED', 487), agent };
}

/** One leg caller to callee, or a forward (INBOUND_OUTBOUND), plus a transfer when there is one. */
function directLegs(random: Random, call: HistoryCall): LegPlan[] {
  const direct = { caller: call.from, callee: call.to };
  if (call.status === 'NONE') return [failed(direct, call.at, call.endAt, random.chance(0.5) ? 503 : 404)];
  if (call.status !== 'ANSWERED') {
    const busy = random.chance(0.3);
    return [unanswered(direct, call.at, call.endAt, busy ? 'CALLEE_DISCONNECTED' : 'CANCELLED', busy ? 486 : 487)];
  }
  const pickup = call.at + call.ringSeconds * SECOND_MS;
  if (call.direction !== 'INBOUND_OUTBOUND_CALL') return answeredLegs(random, call, direct, call.at, pickup);
  const forwarder = pickExtension(random);
  const forwardedAt = call.at + SECOND_MS;
  return [
    {
      ...unanswered({ caller: call.from, callee: forwarder }, call.at, forwardedAt, 'REDIRECTED', 302),
      rerouteReason: 'CALL_FORWARD_ALWAYS',
    },
    ...answeredLegs(random, call, { caller: forwarder, callee: call.to }, forwardedAt, pickup),
  ];
}

/** The answered leg; with a transfer it ends halfway and a second leg carries the call to the end. */
function answeredLegs(
  random: Random,
  call: HistoryCall,
  parties: Parties,
  ringFrom: number,
  pickup: number,
): LegPlan[] {
  const answered = { ...parties, startedAt: ringFrom, rangAt: ringFrom, answeredAt: pickup, statusCode: 200 };
  if (!call.transferTo) return [{ ...answered, endedAt: call.endAt, endReason: hangUp(random) }];
  const handover = pickup + Math.floor((call.endAt - pickup) / 2 / SECOND_MS) * SECOND_MS;
  const transferKind = random.chance(0.5) ? 'BLIND_TRANSFER_COMPLETED' : 'CONSULT_TRANSFER_COMPLETED';
  return [
    { ...answered, endedAt: handover, endReason: transferKind },
    {
      // The transfer joins the original caller to the new party.
      caller: call.from,
      callee: call.transferTo,
      startedAt: handover,
      rangAt: handover,
      answeredAt: handover,
      endedAt: call.endAt,
      endReason: hangUp(random),
      rerouteReason: 'TRANSFER',
      statusCode: 200,
    },
  ];
}

function formatLeg(call: HistoryCall, plan: LegPlan, callId: string): CallLeg {
  const time = (ms: number): string => formatRfc3339(ms);
  const external = (number: string): boolean => number.startsWith('+');
  // Outside numbers only have the caller-id name the row carries; queues have their own name.
  const nameOf = (number: string): string | null => {
    if (number === call.from && external(number)) return call.fromName;
    if (number === call.to) return call.toName;
    return external(number) ? null : extensionName(number);
  };
  const host = external(plan.callee) ? 'trunk.example.com' : 'example.com:9002';
  return {
    call_id: callId,
    caller: plan.caller,
    caller_display_name: nameOf(plan.caller),
    callee: plan.callee,
    callee_display_name: nameOf(plan.callee),
    started_at: time(plan.startedAt),
    rang_at: plan.rangAt === null ? null : time(plan.rangAt),
    answered_at: plan.answeredAt === null ? null : time(plan.answeredAt),
    ended_at: time(plan.endedAt),
    direction: call.direction,
    end_reason: plan.endReason,
    reroute_reason: plan.rerouteReason ?? null,
    status_code: plan.statusCode,
    destination: plan.rangAt === null ? null : `sip:${plan.callee}@${host}`,
    trunk: external(plan.caller) || external(plan.callee) ? call.trunk : null,
    queue: call.queue,
    agent: plan.agent ?? null,
    duration: Math.round((plan.endedAt - plan.startedAt) / SECOND_MS),
  };
}
