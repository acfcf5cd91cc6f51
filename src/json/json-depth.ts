/**
 * Client JSON is walked with an explicit stack, never by recursion: a value nested 5000 deep
 * must be refused, not overflow the call stack of whoever reads it next (graphql-js, a JSON
 * writer, a log serializer).
 */

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

/**
 * The path (`variables.ids[3]`) of the first number in `value` that satisfies `test`; the walk
 * is iterative and stops at MAX_JSON_DEPTH (deeper values are refused elsewhere).
 */
export function findNumber(value: unknown, root: string, test: (number: number) => boolean): string | undefined {
  const stack: Array<[unknown, string, number]> = [[value, root, 0]];
  while (stack.length > 0) {
    const [current, path, depth] = stack.pop()!;
    if (typeof current === 'number') {
      if (test(current)) return path;
      continue;
    }
    if (current === null || typeof current !== 'object' || depth >= MAX_JSON_DEPTH) continue;
    const entries = Array.isArray(current)
      ? current.map((item, index): [unknown, string] => [item, `${path}[${index}]`])
      : Object.entries(current).map(([key, item]): [unknown, string] => [item, `${path}.${key}`]);
    // Reversed onto the stack, so the first offending number in document order is found.
    for (let index = entries.length - 1; index >= 0; index -= 1) stack.push([...entries[index]!, depth + 1]);
  }
  return undefined;
}
