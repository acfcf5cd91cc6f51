// Response delays that close() can cut short, so a closing simulator never waits on a timer.

export class Sleeper {
  private readonly pending = new Map<NodeJS.Timeout, (finished: boolean) => void>();

  /** Resolves true after `ms`, or false as soon as {@link cancelAll} runs. */
  sleep(ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(timer);
        resolve(true);
      }, ms);
      this.pending.set(timer, resolve);
    });
  }

  cancelAll(): void {
    for (const [timer, resolve] of this.pending) {
      clearTimeout(timer);
      resolve(false);
    }
    this.pending.clear();
  }
}
