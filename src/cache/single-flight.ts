/**
 * Identical work in flight at the same time is done once and shared: the second caller of
 * `run` with a key gets the first one's promise until it settles. Nothing is kept afterwards
 * (that is the cache's job), so a failure is shared only by those already waiting for it.
 */
export class SingleFlight {
  private readonly inFlight = new Map<string, Promise<unknown>>();

  /** `shared` tells the caller whether it joined work already under way. */
  run<T>(key: string, work: () => Promise<T>): { promise: Promise<T>; shared: boolean } {
    const existing = this.inFlight.get(key);
    if (existing) return { promise: existing as Promise<T>, shared: true };
    const promise = work().finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, promise);
    return { promise, shared: false };
  }

  get size(): number {
    return this.inFlight.size;
  }
}
