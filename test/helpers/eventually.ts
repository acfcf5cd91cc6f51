/**
 * Resolves once `condition` holds, checking every few milliseconds. It has no deadline of its
 * own: a condition that never comes true fails the test by the test's timeout, so a busy machine
 * only makes it slower, never wrong.
 */
export async function eventually(condition: () => boolean, everyMs = 10): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, everyMs));
}
