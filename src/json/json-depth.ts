// Client JSON is walked with an explicit stack, never by recursion: a value nested 5000 deep
// must be refused, not overflow the call stack of whoever reads it next (graphql-js, a JSON
// writer, a log serializer).

/** Most levels of nesting a client's JSON value may have (`{"a":[1]}` has 2). */
export const MAX_JSON_DEPTH = 32;

/** Whether `value` nests objects and arrays more than `maxDepth` levels. */
export function nestsDeeperThan(value: unknown, maxDepth: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth + 1 > maxDepth) return true;
    for (const item of Object.values(current)) {
      if (item !== null && typeof item === 'object') stack.push([item, depth + 1]);
    }
  }
  return false;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPENERS = new Set([0x7b, 0x5b]); // { [
const CLOSERS = new Set([0x7d, 0x5d]); // } ]

/**
 * Whether JSON text nests more than `maxDepth` levels, read character by character before any
 * parser sees it (strings skipped, escapes honoured). Text that is not JSON may be misjudged;
 * its parse fails anyway.
 */
export function textNestsDeeperThan(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === BACKSLASH) index += 1;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) {
      inString = true;
    } else if (OPENERS.has(code)) {
      depth += 1;
      if (depth > maxDepth) return true;
    } else if (CLOSERS.has(code)) {
      depth -= 1;
    }
  }
  return false;
}

interface Frame {
  readonly value: unknown;
  readonly depth: number;
  readonly key?: string | number;
  readonly parent?: Frame;
}

function pathOf(frame: Frame, root: string): string {
  const keys: Array<string | number> = [];
  for (let at: Frame | undefined = frame; at?.key !== undefined; at = at.parent) keys.push(at.key);
  return keys
    .reverse()
    .reduce<string>((path, key) => (typeof key === 'number' ? `${path}[${key}]` : `${path}.${key}`), root);
}

/**
 * The path (`variables.ids[3]`) of the first number in `value` that satisfies `test`, in
 * document order. Iterative, stopping at MAX_JSON_DEPTH (deeper values are refused elsewhere);
 * a path is written only for the number found.
 */
export function findNumber(value: unknown, root: string, test: (number: number) => boolean): string | undefined {
  const stack: Frame[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const { value: current, depth } = frame;
    if (typeof current === 'number') {
      if (test(current)) return pathOf(frame, root);
      continue;
    }
    if (current === null || typeof current !== 'object' || depth >= MAX_JSON_DEPTH) continue;
    const keys: Array<string | number> = Array.isArray(current)
      ? current.map((_, index) => index)
      : Object.keys(current);
    // Pushed in reverse, so the first offending number in document order is found first.
    for (let index = keys.length - 1; index >= 0; index -= 1) {
      const key = keys[index]!;
      stack.push({ value: (current as Record<string | number, unknown>)[key], depth: depth + 1, key, parent: frame });
    }
  }
  return undefined;
}
