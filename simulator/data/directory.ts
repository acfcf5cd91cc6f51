// The PBX's queue directory. Fixed (not seeded) so that gateway tests can name queues, agents
// and ids directly; only the traffic through them is synthetic.

export interface Agent {
  extension_number: string;
  display_name: string | null;
}

export interface QueueMember {
  extension: string;
  skillLevel: number;
}

export interface CallQueue {
  id: string;
  name: string;
  extension_number: string;
  ring_time: number;
  polling_strategy: string;
  /** Busier queues get proportionally more calls. */
  trafficPerPeakHour: number;
  members: readonly QueueMember[];
}

const AGENT_NAMES: readonly (readonly [string, string | null])[] = [
  ['101', 'Alice Johnson'],
  ['102', 'Bob Smith'],
  ['103', 'Zoë Lambert'],
  ['104', 'David Chen'],
  ['105', 'Emma Wilson'],
  ['106', 'Farid Haddad'],
  ['107', "Grace O'Neil"],
  ['108', 'Hiro Tanaka'],
  ['109', 'Isabel Rossi'],
  ['110', null],
  ['111', 'Jamal Carter'],
  ['112', 'Katrin Vogel'],
  ['113', 'Liam Murphy'],
  ['114', 'Mei Lin'],
  ['115', 'Noah Brown'],
  ['116', 'Olivia Martin'],
  ['117', 'Pavel Novak'],
  ['118', 'Quinn Taylor'],
  ['119', 'Rosa Diaz'],
  ['120', 'Samir Patel'],
];

export const AGENTS: ReadonlyMap<string, Agent> = new Map(
  AGENT_NAMES.map(([extension_number, display_name]) => [extension_number, { extension_number, display_name }]),
);

/** Opaque ids in the vendor's style: base64 of a long decimal number. */
export function opaqueId(decimal: bigint): string {
  return Buffer.from(decimal.toString()).toString('base64');
}

function queue(
  extension: number,
  name: string,
  ringTime: number,
  strategy: string,
  traffic: number,
  members: readonly (readonly [string, number])[],
): CallQueue {
  return {
    id: opaqueId(700551909773148000n + BigInt(extension)),
    name,
    extension_number: String(extension),
    ring_time: ringTime,
    polling_strategy: strategy,
    trafficPerPeakHour: traffic,
    members: members.map(([ext, skillLevel]) => ({ extension: ext, skillLevel })),
  };
}

export const QUEUES: readonly CallQueue[] = [
  queue(8000, 'Sales', 30, 'RING_ALL', 14, [
    ['101', 5],
    ['102', 4],
    ['103', 3],
    ['104', 3],
    ['105', 2],
    ['106', 1],
  ]),
  queue(8001, 'Support', 25, 'LONGEST_IDLE', 20, [
    ['105', 4],
    ['107', 5],
    ['108', 4],
    ['109', 3],
    ['110', 2],
    ['111', 3],
    ['112', 1],
  ]),
  queue(8002, 'Billing', 20, 'ROUND_ROBIN', 8, [
    ['113', 5],
    ['114', 3],
    ['115', 3],
    ['101', 2],
    ['116', 1],
  ]),
  queue(8003, 'Technical', 40, 'LEAST_TALK_TIME', 12, [
    ['117', 5],
    ['118', 4],
    ['119', 4],
    ['120', 3],
    ['108', 2],
    ['112', 2],
    ['103', 1],
    ['111', 1],
  ]),
  queue(8004, 'Reception', 15, 'FEWEST_CALLS', 10, [
    ['102', 3],
    ['114', 4],
    ['119', 2],
    ['106', 5],
    ['115', 2],
  ]),
];

export function queueByNumber(extension: string): CallQueue | undefined {
  return QUEUES.find((candidate) => candidate.extension_number === extension);
}

export function queueById(id: string): CallQueue | undefined {
  return QUEUES.find((candidate) => candidate.id === id);
}

export function displayNameOf(extension: string): string | null {
  return AGENTS.get(extension)?.display_name ?? null;
}
