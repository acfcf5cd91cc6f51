/**
 * Identical work in flight at the same time is done once and shared: a second caller of `run`
 * with the same key gets the first one's promise. The entry stays until `linger` (storing the
 * result in the cache, say) has finished too, so nobody starts the work again in the gap
 * between the answer and its arrival in the cache. Failures are shared only by those already
 * waiting; nothing is kept afterwards (that is the cache's job).
 */
export class SingleFlight {
  private readonly inFlight = new Map<string, Promise<unknown>>();

  /** `shared` tells the caller whether it joined work already under way. */
  run<T>(key: string, work: () => Promise<T>, linger?: (value: T) => Promise<unknown>): { promise: Promise<T>; shared: boolean } {
    const existing = this.inFlight.get(key);
    if (existing) return { promise: existing as Promise<T>, shared: true };
    const promise = work();
    this.inFlight.set(key, promise);
    promise
      .then((value) => linger?.(value), () => undefined)
      .catch(() => undefined)
      .finally(() => this.inFlight.delete(key));
    return { promise, shared: false };
  }

  get size(): number {
    return this.inFlight.size;
  }
}
