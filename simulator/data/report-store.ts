// Report jobs and executions kept per bearer token: each token lazily gets its own copy of the
// seeded data, so one caller never sees another's changes.
import { opaqueId } from './directory.js';
import { seededExecutions, seededJobs } from './report-seed.js';
import type { ReportExecution, ReportJob } from './report-types.js';

/** One token's jobs and executions; Map iteration order is the insertion order lists answer in. */
export interface ReportStore {
  jobs: Map<string, ReportJob>;
  executions: Map<string, ReportExecution>;
}

const CREATED_JOB_BASE = 710000000000000000n;

export class ReportStores {
  private readonly stores = new Map<string, ReportStore>();
  private readonly templateJobs: readonly ReportJob[];
  private readonly templateExecutions: readonly ReportExecution[];
  private created = 0n;

  constructor(seed: number, startedAt: number) {
    this.templateJobs = seededJobs(startedAt);
    this.templateExecutions = seededExecutions(seed, startedAt, this.templateJobs);
  }

  forToken(token: string): ReportStore {
    let store = this.stores.get(token);
    if (!store) {
      store = {
        jobs: new Map(structuredClone(this.templateJobs).map((job) => [job.id, job])),
        executions: new Map(structuredClone(this.templateExecutions).map((execution) => [execution.id, execution])),
      };
      this.stores.set(token, store);
    }
    return store;
  }

  /** Ids are unique across tokens, so a leaked id never aliases another caller's job. */
  nextJobId(): string {
    this.created += 1n;
    return opaqueId(CREATED_JOB_BASE + this.created);
  }
}
