// The synthetic call-centre: per UTC hour, each agent's login shift and each queue's calls.
// Everything is a pure function of (seed, queue or agent, hour), so a summary over a range always
// equals the sum of its buckets and adjacent windows stitch seamlessly.
import { randomFor } from '../prng.js';
import type { Random } from '../prng.js';
import { HOUR_MS, SECOND_MS, hoursOverlapping } from '../time.js';
import type { MsRange } from '../time.js';
import type { CallQueue } from './directory.js';
import { Memo } from './memo.js';
import { isBusinessHour, trafficFactor } from './traffic.js';

/** Seconds within the hour an agent is logged in, and the break (not ready) inside it. */
export interface AgentShift {
  loginFrom: number;
  loginTo: number;
  breakFrom: number;
  breakTo: number;
}

/** One call offered to a queue. */
export interface QueueCall {
  at: number;
  waitSeconds: number;
  answeredBy: string | null;
  missedBy: string | null;
  talkSeconds: number;
  transferred: boolean;
}

/** Calls answered within this many seconds count towards the service level. */
export const SLA_SECONDS = 20;

export class QueueModel {
  private readonly shifts = new Memo<AgentShift | null>(250_000);
  private readonly calls = new Memo<readonly QueueCall[]>(50_000);

  constructor(private readonly seed: number) {}

  /** An agent's shift in one UTC hour; null when not logged in at all. */
  shiftOf(agent: string, hourIndex: number): AgentShift | null {
    return this.shifts.get(`${agent}:${hourIndex}`, () =>
      buildShift(randomFor(this.seed, 'shift', agent, hourIndex), hourIndex),
    );
  }

  /** The queue's calls that arrived in the range, in time order. */
  callsIn(queue: CallQueue, range: MsRange): QueueCall[] {
    return hoursOverlapping(range).flatMap((hourIndex) =>
      this.callsOfHour(queue, hourIndex).filter((call) => call.at >= range.startMs && call.at < range.endMs),
    );
  }

  private callsOfHour(queue: CallQueue, hourIndex: number): readonly QueueCall[] {
    return this.calls.get(`${queue.extension_number}:${hourIndex}`, () => {
      const random = randomFor(this.seed, 'queue', queue.extension_number, hourIndex);
      const expected = queue.trafficPerPeakHour * trafficFactor(hourIndex);
      const count = Math.round(expected * (0.6 + 0.8 * random.next()));
      const seconds = Array.from({ length: count }, () => random.int(0, 3599)).sort((a, b) => a - b);
      const shifts = queue.members.map((member) => ({
        agent: member.extension,
        shift: this.shiftOf(member.extension, hourIndex),
      }));
      return seconds.map((second) => {
        const ready = shifts.filter(({ shift }) => isReadyAt(shift, second)).map(({ agent }) => agent);
        return buildCall(random, queue, ready, hourIndex * HOUR_MS + second * SECOND_MS);
      });
    });
  }
}

/** A call arriving at `at`, answered (mostly) by one of the agents ready at that moment. */
function buildCall(random: Random, queue: CallQueue, ready: readonly string[], at: number): QueueCall {
  const answeredBy = ready.length > 0 && random.chance(0.94) ? random.pick(ready) : null;
  const others = ready.filter((agent) => agent !== answeredBy);
  const missedBy = others.length > 0 && random.chance(0.12) ? random.pick(others) : null;
  if (answeredBy === null) {
    return { at, waitSeconds: random.int(15, 240), answeredBy, missedBy, talkSeconds: 0, transferred: false };
  }
  // Mostly short waits with a long tail, so the service level sits around 70-90%.
  const waitSeconds = Math.round(2 + 30 * random.next() ** 3) + (missedBy ? queue.ring_time : 0);
  return {
    at,
    waitSeconds,
    answeredBy,
    missedBy,
    talkSeconds: random.int(30, 240) + (random.chance(0.3) ? random.int(60, 900) : 0),
    transferred: random.chance(0.08),
  };
}

function buildShift(random: Random, hourIndex: number): AgentShift | null {
  const business = isBusinessHour(hourIndex);
  // Off-hours staffing follows the traffic: a few agents stay on in the evening and at weekends.
  if (!random.chance(business ? 0.92 : Math.min(0.6, 0.1 + trafficFactor(hourIndex)))) return null;
  let loginFrom = 0;
  let loginTo = 3600;
  if (!business || random.chance(0.15)) {
    // A partial hour: logging in late or leaving early.
    if (random.chance(0.5)) loginFrom = random.int(1, 50) * 60;
    else loginTo = random.int(10, 59) * 60;
  }
  let breakFrom = loginFrom;
  let breakTo = loginFrom;
  if (random.chance(0.35)) {
    const length = random.int(3, 15) * 60;
    breakFrom = Math.min(loginTo - length, loginFrom + random.int(0, 45) * 60);
    breakFrom = Math.max(loginFrom, breakFrom);
    breakTo = Math.min(loginTo, breakFrom + length);
  }
  return { loginFrom, loginTo, breakFrom, breakTo };
}

export function isLoggedInAt(shift: AgentShift | null, second: number): boolean {
  return shift !== null && second >= shift.loginFrom && second < shift.loginTo;
}

export function isReadyAt(shift: AgentShift | null, second: number): boolean {
  return isLoggedInAt(shift, second) && !(shift !== null && second >= shift.breakFrom && second < shift.breakTo);
}
