import { setMaxListeners } from 'node:events';

/** Why an operation's upstream work was cut short: its time was up. */
export class OperationDeadlineExceeded extends Error {
  constructor(readonly deadlineMs: number) {
    super(`the operation's deadline of ${deadlineMs} ms passed`);
  }
}

/** Why an operation's upstream work was cut short: it was answered without it. */
export class OperationEnded extends Error {
  constructor() {
    super('the operation was answered');
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
    // One listener per upstream call of the operation: a wallboard has dozens.
    setMaxListeners(0, this.controller.signal);
    this.timer = setTimeout(() => this.controller.abort(new OperationDeadlineExceeded(ms)), ms);
    this.timer.unref();
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /**
   * The operation has been answered. Calls still running (graphql-js answers once an error has
   * nulled a parent, without waiting for the rest of its subtree) are aborted: nobody will read
   * them.
   */
  dispose(): void {
    clearTimeout(this.timer);
    if (!this.controller.signal.aborted) this.controller.abort(new OperationEnded());
  }
}
