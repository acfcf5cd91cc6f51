// The synthetic call history. Per UTC hour a "skeleton" (when each call started, and whether it
// was answered) drives both the volume timeseries and the full rows, so the two always agree.
// Session ids encode (hour, index), so a details lookup rebuilds one hour instead of searching.
import { randomFor } from '../prng.js';
import type { Random } from '../prng.js';
import { HOUR_MS, SECOND_MS, hoursOverlapping } from '../time.js';
import type { MsRange } from '../time.js';
import { QUEUES } from './directory.js';
import { Memo } from './memo.js';
import { extensionName, pickExtension, pickExternal, TRUNKS } from './parties.js';
import { trafficFactor } from './traffic.js';

export type CallStatus = 'NONE' | 'ANSWERED' | 'NOT_ANSWERED';
/** Sent on about 1% of rows so clients can exercise their handling of unknown values. */
export const UNKNOWN_DIRECTION = 'INTERNAL_FORWARD';

/** The stream of the caller's own tenant; other tenants get their own streams by id. */
export const OWN_TENANT = 'own';

/** Session ids are far above 2^53, so they only survive clients that keep every digit. */
const SESSION_BASE = 1040099037000000000n;
const SESSIONS_PER_HOUR = 4096n;
const PEAK_CALLS_PER_HOUR = 22;

export interface CallSkeleton {
  at: number;
  /** null on about 1% of calls: a blank the PBX sometimes sends. */
  status: CallStatus | null;
}

export interface HistoryCall extends CallSkeleton {
  sessionId: bigint;
  endAt: number;
  durationSeconds: number;
  ringSeconds: number;
  from: string;
  fromName: string | null;
  to: string;
  toName: string | null;
  direction: string;
  trunk: string | null;
  queue: string | null;
  agent: string | null;
  missedBy: string | null;
  transferTo: string | null;
}

export class CallModel {
  private readonly skeletons = new Memo<readonly CallSkeleton[]>(40_000);
  private readonly rows = new Memo<readonly HistoryCall[]>(5_000);

  constructor(private readonly seed: number) {}

  skeletonsIn(tenant: string, range: MsRange): CallSkeleton[] {
    return hoursOverlapping(range).flatMap((hourIndex) =>
      this.skeletonOfHour(tenant, hourIndex).filter((call) => call.at >= range.startMs && call.at < range.endMs),
    );
  }

  /** The own tenant's calls that started in the range, newest first. */
  callsIn(range: MsRange): HistoryCall[] {
    return hoursOverlapping(range)
      .reverse()
      .flatMap((hourIndex) =>
        [...this.callsOfHour(hourIndex)].reverse().filter((call) => call.at >= range.startMs && call.at < range.endMs),
      );
  }

  /** The call with this session id, whenever it happened; undefined if no such id was issued. */
  callBySession(sessionId: bigint): HistoryCall | undefined {
    if (sessionId < SESSION_BASE) return undefined;
    const offset = sessionId - SESSION_BASE;
    const hourIndex = Number(offset / SESSIONS_PER_HOUR);
    const index = Number(offset % SESSIONS_PER_HOUR);
    return this.callsOfHour(hourIndex)[index];
  }

  private skeletonOfHour(tenant: string, hourIndex: number): readonly CallSkeleton[] {
    return this.skeletons.get(`${tenant}:${hourIndex}`, () => {
      const random = randomFor(this.seed, 'calls', tenant, hourIndex);
      const count = Math.round(PEAK_CALLS_PER_HOUR * trafficFactor(hourIndex) * (0.6 + 0.8 * random.next()));
      const seconds = Array.from({ length: count }, () => random.int(0, 3599)).sort((a, b) => a - b);
      return seconds.map((second) => ({
        at: hourIndex * HOUR_MS + second * SECOND_MS,
        status: random.weighted<CallStatus | null>([
          ['ANSWERED', 72],
          ['NOT_ANSWERED', 22],
          ['NONE', 5],
          [null, 1],
        ]),
      }));
    });
  }

  private callsOfHour(hourIndex: number): readonly HistoryCall[] {
    return this.rows.get(String(hourIndex), () =>
      this.skeletonOfHour(OWN_TENANT, hourIndex).map((skeleton, index) => {
        const sessionId = SESSION_BASE + BigInt(hourIndex) * SESSIONS_PER_HOUR + BigInt(index);
        return buildCall(randomFor(this.seed, 'call', sessionId), skeleton, sessionId);
      }),
    );
  }
}

function buildCall(random: Random, skeleton: CallSkeleton, sessionId: bigint): HistoryCall {
  const direction = random.weighted<string>([
    ['INBOUND_CALL', 40],
    ['OUTBOUND_CALL', 25],
    ['EXTENSION_CALL', 30],
    ['INBOUND_OUTBOUND_CALL', 4],
    [UNKNOWN_DIRECTION, 1],
  ]);
  const parties = pickParties(random, direction, skeleton.status);
  const ringSeconds =
    skeleton.status === 'NONE' ? random.int(0, 3) : random.int(parties.queue ? 8 : 3, parties.queue ? 40 : 25);
  const talkSeconds =
    skeleton.status === 'ANSWERED' ? random.int(10, 240) + (random.chance(0.25) ? random.int(60, 1500) : 0) : 0;
  const durationSeconds = ringSeconds + talkSeconds;
  const answered = skeleton.status === 'ANSWERED';
  return {
    ...skeleton,
    sessionId,
    endAt: skeleton.at + durationSeconds * SECOND_MS,
    durationSeconds,
    ringSeconds,
    ...parties,
    direction,
    transferTo: answered && random.chance(0.06) ? pickExtension(random, parties.agent ?? parties.to) : null,
  };
}

type Parties = Pick<HistoryCall, 'from' | 'fromName' | 'to' | 'toName' | 'trunk' | 'queue' | 'agent' | 'missedBy'>;

function pickParties(random: Random, direction: string, status: CallStatus | null): Parties {
  const none = { trunk: null, queue: null, agent: null, missedBy: null };
  const internal = (): Parties => {
    const from = pickExtension(random);
    const to = pickExtension(random, from);
    return { from, fromName: extensionName(from), to, toName: extensionName(to), ...none };
  };
  switch (direction) {
    case 'INBOUND_CALL': {
      const caller = pickExternal(random);
      const trunk = random.pick(TRUNKS);
      if (random.chance(0.5)) {
        const queue = random.pick(QUEUES);
        const members = queue.members.map((member) => member.extension);
        const agent = status === 'ANSWERED' ? random.pick(members) : null;
        const others = members.filter((member) => member !== agent);
        const missedBy = status !== 'NONE' && random.chance(0.2) ? random.pick(others) : null;
        return {
          from: caller.number,
          fromName: caller.name,
          to: queue.extension_number,
          toName: queue.name,
          trunk,
          queue: queue.extension_number,
          agent,
          missedBy,
        };
      }
      const to = pickExtension(random);
      return { from: caller.number, fromName: caller.name, to, toName: extensionName(to), ...none, trunk };
    }
    case 'OUTBOUND_CALL': {
      const from = pickExtension(random);
      const callee = pickExternal(random);
      return {
        from,
        fromName: extensionName(from),
        to: callee.number,
        toName: callee.name,
        ...none,
        trunk: random.pick(TRUNKS),
      };
    }
    case 'INBOUND_OUTBOUND_CALL': {
      const caller = pickExternal(random);
      const callee = pickExternal(random);
      return {
        from: caller.number,
        fromName: caller.name,
        to: callee.number,
        toName: callee.name,
        ...none,
        trunk: random.pick(TRUNKS),
      };
    }
    default:
      return internal();
  }
}
