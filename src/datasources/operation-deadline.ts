/** Why an operation's upstream work was cut short: the reason its deadline's signal carries. */
export class OperationDeadlineExceeded extends Error {
  constructor(readonly deadlineMs: number) {
    super(`the operation's deadline of ${deadlineMs} ms passed`);
  }
}

/**
 * One time budget per GraphQL operation, whatever chain of upstream reads it holds (a history
 * page, then the details of its rows): when it runs out, every upstream call of the operation
 * still running is aborted and the fields waiting on them fail, so the rest can be answered.
 */
export class OperationDeadline {
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;

  constructor(readonly ms: number) {
    this.timer = setTimeout(() => this.controller.abort(new OperationDeadlineExceeded(ms)), ms);
    this.timer.unref();
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** The operation has been answered: nothing of it is left to abort. */
  dispose(): void {
    clearTimeout(this.timer);
  }
}
