// Who appears in call history: the agents, a few other extensions, and outside numbers.
import type { Random } from '../prng.js';
import { AGENTS } from './directory.js';

const OTHER_EXTENSIONS: readonly (readonly [string, string | null])[] = [
  ['200', 'Front Desk'],
  ['201', 'Conference Room'],
  ['202', 'Warehouse'],
  ['203', null],
  ['204', 'CEO Office'],
  ['205', 'Lab Phone'],
  ['206', 'Shipping'],
  ['207', 'Lobby'],
];

const EXTENSION_NAMES: ReadonlyMap<string, string | null> = new Map([
  ...[...AGENTS.values()].map((agent) => [agent.extension_number, agent.display_name] as const),
  ...OTHER_EXTENSIONS,
]);

export const EXTENSIONS: readonly string[] = [...EXTENSION_NAMES.keys()];

export const TRUNKS: readonly string[] = ['Twilio-US', 'Telnyx-EU'];

const CALLER_NAMES: readonly string[] = ['WIRELESS CALLER', 'ACME CORP', 'Contoso Ltd', 'J. Smith'];

export function extensionName(extension: string): string | null {
  return EXTENSION_NAMES.get(extension) ?? null;
}

export function pickExtension(random: Random, except?: string): string {
  const choices = except === undefined ? EXTENSIONS : EXTENSIONS.filter((ext) => ext !== except);
  return random.pick(choices);
}

/** An E.164 number in the US or the UK, and the caller-id name it sometimes carries. */
export function pickExternal(random: Random): { number: string; name: string | null } {
  const digits = (count: number): string => Array.from({ length: count }, () => random.int(0, 9)).join('');
  const number = random.chance(0.7)
    ? `+1${random.pick(['415', '212', '646', '312'])}555${digits(4)}`
    : `+4420${digits(8)}`;
  return { number, name: random.chance(0.3) ? random.pick(CALLER_NAMES) : null };
}
