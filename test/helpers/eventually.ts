// Captured when first imported, before any test fakes the timers: polling keeps to real time
// while a test drives the gateway's own timers on a fake clock.
const realSetTimeout = globalThis.setTimeout;

/**
 * Resolves once `condition` holds, checking every few milliseconds. It has no deadline of its
 * own: a condition that never comes true fails the test by the test's timeout, so a busy machine
 * only makes it slower, never wrong.
 */
export async function eventually(condition: () => boolean | Promise<boolean>, everyMs = 10): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => realSetTimeout(resolve, everyMs));
}
