// Response delays that close() can cut short, so a closing simulator never waits on a timer or
// on a test that never lets a held answer go.

export class Sleeper {
  private readonly pending = new Set<() => void>();

  /** Resolves true after `ms`, or false as soon as {@link cancelAll} runs. */
  sleep(ms: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    return this.track(
      (finish) => {
        timer = setTimeout(finish, ms);
      },
      () => clearTimeout(timer),
    );
  }

  /** Resolves true once `until` settles, or false as soon as {@link cancelAll} runs. */
  wait(until: PromiseLike<unknown>): Promise<boolean> {
    return this.track(
      (finish) => {
        until.then(finish, finish);
      },
      () => undefined,
    );
  }

  cancelAll(): void {
    for (const cancel of [...this.pending]) cancel();
  }

  /** Starts a delay that ends by `start`'s finish callback or by cancelAll, whichever comes first. */
  private track(start: (finish: () => void) => void, stop: () => void): Promise<boolean> {
    return new Promise((resolve) => {
      const end = (finished: boolean): void => {
        if (!this.pending.delete(cancel)) return;
        stop();
        resolve(finished);
      };
      const cancel = () => end(false);
      this.pending.add(cancel);
      start(() => end(true));
    });
  }
}
