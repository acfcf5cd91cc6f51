// Request bodies are parsed with lossless-json so that 64-bit tenant and session ids keep every
// digit; responses are written with it so that bigint values become bare JSON numbers.
import { isLosslessNumber, parse, stringify } from 'lossless-json';

/** Parses JSON keeping every number as a LosslessNumber; throws SyntaxError on bad input. */
export function parseLossless(text: string): unknown {
  return parse(text);
}

/** Writes JSON; bigint values come out as bare numbers, digit for digit. */
export function writeJson(value: unknown): string {
  return stringify(value) ?? 'null';
}

/** The digits of a JSON integer (as parsed by {@link parseLossless}), or undefined for anything else. */
export function integerDigits(value: unknown): string | undefined {
  if (!isLosslessNumber(value)) return undefined;
  return /^-?\d+$/.test(value.value) ? value.value : undefined;
}

/** True when the value is any JSON number as parsed by {@link parseLossless}. */
export function isJsonNumber(value: unknown): boolean {
  return isLosslessNumber(value);
}
