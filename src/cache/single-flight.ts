interface Flight {
  readonly promise: Promise<unknown>;
  readonly controller: AbortController;
  /** Callers still waiting that could give up (those with a signal); none left: abort the work. */
  waiting: number;
  /** A caller without a signal waits to the end, so the work is never aborted. */
  pinned: boolean;
}

export interface RunOptions<T> {
  /** This caller's signal: when it aborts, the caller stops waiting and gets its reason. */
  readonly signal?: AbortSignal;
  /** Runs after the work succeeds (storing the value in the cache, say) before the entry goes. */
  readonly linger?: (value: T) => Promise<unknown>;
}

/**
 * Identical work in flight at the same time is done once and shared: a second caller of `run`
 * with the same key gets the first one's result. The entry stays until `linger` (storing the
 * result in the cache, say) has finished too, so nobody starts the work again in the gap
 * between the answer and its arrival in the cache. Failures are shared only by those already
 * waiting; nothing is kept afterwards (that is the cache's job).
 *
 * Each caller waits within its own deadline: one whose signal aborts stops waiting at once, and
 * the work itself (an upstream call) is aborted only when every caller has stopped waiting, so
 * one operation running out of time never fails another that joined it.
 */
export class SingleFlight {
  private readonly inFlight = new Map<string, Flight>();

  /** `shared` tells the caller whether it joined work already under way. */
  run<T>(
    key: string,
    work: (signal: AbortSignal) => Promise<T>,
    options: RunOptions<T> = {},
  ): { promise: Promise<T>; shared: boolean } {
    // A caller that has already given up starts nothing.
    if (options.signal?.aborted) return { promise: Promise.reject(reasonOf(options.signal)), shared: false };
    let flight = this.inFlight.get(key);
    const shared = flight !== undefined;
    if (!flight) flight = this.start(key, work, options.linger);
    return { promise: this.wait(key, flight, options.signal) as Promise<T>, shared };
  }

  get size(): number {
    return this.inFlight.size;
  }

  private start<T>(
    key: string,
    work: (signal: AbortSignal) => Promise<T>,
    linger?: (value: T) => Promise<unknown>,
  ): Flight {
    const controller = new AbortController();
    const promise = work(controller.signal);
    const flight: Flight = { promise, controller, waiting: 0, pinned: false };
    this.inFlight.set(key, flight);
    promise
      .then(
        (value) => linger?.(value),
        () => undefined,
      )
      .catch(() => undefined)
      .finally(() => this.forget(key, flight));
    return flight;
  }

  private wait(key: string, flight: Flight, signal: AbortSignal | undefined): Promise<unknown> {
    if (!signal) {
      flight.pinned = true;
      return flight.promise;
    }
    flight.waiting += 1;
    return new Promise((resolve, reject) => {
      const giveUp = () => {
        flight.waiting -= 1;
        this.leave(key, flight, signal);
        reject(reasonOf(signal));
      };
      signal.addEventListener('abort', giveUp, { once: true });
      flight.promise.then(
        (value) => {
          signal.removeEventListener('abort', giveUp);
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', giveUp);
          reject(error);
        },
      );
    });
  }

  /** The last caller who could give up has: abort the work, and let newcomers start afresh. */
  private leave(key: string, flight: Flight, signal: AbortSignal): void {
    if (flight.waiting > 0 || flight.pinned) return;
    this.forget(key, flight);
    flight.controller.abort(signal.reason);
  }

  private forget(key: string, flight: Flight): void {
    if (this.inFlight.get(key) === flight) this.inFlight.delete(key);
  }
}

/** Why a caller gave up: its signal's reason (the operation's deadline, say). */
function reasonOf(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : new Error(String(reason));
}
