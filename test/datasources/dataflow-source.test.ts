import { DataflowSource, type ReadSpec } from '../../src/datasources/dataflow-source.js';
import { failureFromStatus } from '../../src/datasources/transport/upstream-failure.js';
import type { UpstreamRequest } from '../../src/datasources/transport/upstream-request.js';
import { ErrorCode } from '../../src/errors/error-code.js';
import { GatewayError } from '../../src/errors/gateway-error.js';
import { manualClock } from '../helpers/manual-clock.js';
import { foreverCache, heldUpstream, requestScope, sourceDeps } from '../helpers/source-kit.js';

const JOBS: ReadSpec<unknown> = {
  request: { operation: 'listReportJobs', method: 'GET', path: 'dataflow/report_jobs' },
  decode: (json) => json,
  cacheClass: 'reports',
  group: 'reportJobs',
};
const UPDATE: UpstreamRequest = {
  operation: 'updateReportJob',
  method: 'POST',
  path: 'dataflow/report_jobs/a',
  body: {},
};

class Reader extends DataflowSource {
  get(spec: ReadSpec<unknown>): Promise<unknown> {
    return this.read(spec);
  }
}

class Writer extends DataflowSource {
  change(): Promise<unknown> {
    return this.write(UPDATE, ['reportJobs']);
  }
}

/** Settles the microtasks a read goes through before it reaches the fake Dataflow. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('the datasource base', () => {
  describe('with the clock injected', () => {
    it('serves from the cache while fresh, and asks again once the TTL has passed', async () => {
      const clock = manualClock();
      const { transport, calls } = heldUpstream();
      const deps = sourceDeps({ transport, clock, ttlMs: 1000 });
      const first = new Reader(deps, requestScope()).get(JOBS);
      await settle();
      calls[0]!.answer({ version: 1 });
      expect(await first).toEqual({ version: 1 });
      clock.advance(999);
      expect(await new Reader(deps, requestScope()).get(JOBS)).toEqual({ version: 1 });
      expect(calls).toHaveLength(1);
      clock.advance(1);
      const again = new Reader(deps, requestScope()).get(JOBS);
      await settle();
      expect(calls).toHaveLength(2);
      calls[1]!.answer({ version: 2 });
      expect(await again).toEqual({ version: 2 });
    });

    it('lets an expired answer stand in for a failed read within the stale window, never past it', async () => {
      const clock = manualClock();
      const { transport, calls } = heldUpstream();
      // The store never drops anything: only the datasource's own rule ends the window.
      const deps = sourceDeps({ transport, clock, ttlMs: 1000, staleIfErrorMs: 5000, cache: foreverCache() });
      const fresh = new Reader(deps, requestScope()).get(JOBS);
      await settle();
      calls[0]!.answer({ version: 1 });
      await fresh;

      clock.advance(1000 + 4999);
      const scope = requestScope();
      const stale = new Reader(deps, scope).get(JOBS);
      await settle();
      calls[1]!.fail(failureFromStatus('listReportJobs', 503, ''));
      expect(await stale).toEqual({ version: 1 });
      expect(scope.stats.stale).toEqual([expect.objectContaining({ operation: 'listReportJobs', ageSeconds: 6 })]);

      clock.advance(1);
      const gone = new Reader(deps, requestScope()).get(JOBS);
      await settle();
      calls[2]!.fail(failureFromStatus('listReportJobs', 503, ''));
      await expect(gone).rejects.toMatchObject({ extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
    });
  });

  describe('within one request', () => {
    it("forgets every datasource's reads of a group when any datasource writes it", async () => {
      const { transport, calls } = heldUpstream();
      const deps = sourceDeps({ transport, ttlMs: 60_000 });
      const scope = requestScope();
      const reader = new Reader(deps, scope);
      const before = reader.get(JOBS);
      await settle();
      calls[0]!.answer({ version: 1 });
      await before;

      const written = new Writer(deps, scope).change();
      await settle();
      calls[1]!.answer(undefined);
      await written;

      const after = reader.get(JOBS);
      await settle();
      expect(calls).toHaveLength(3);
      calls[2]!.answer({ version: 2 });
      expect(await after).toEqual({ version: 2 });
    });

    it('forgets them also when the write failed: it may have happened upstream', async () => {
      const { transport, calls } = heldUpstream();
      const deps = sourceDeps({ transport, ttlMs: 60_000 });
      const scope = requestScope();
      const before = new Reader(deps, scope).get(JOBS);
      await settle();
      calls[0]!.answer({ version: 1 });
      await before;

      const written = new Writer(deps, scope).change();
      await settle();
      calls[1]!.fail(failureFromStatus('updateReportJob', 504, ''));
      await expect(written).rejects.toMatchObject({ extensions: { code: 'UPSTREAM_UNAVAILABLE' } });

      const after = new Reader(deps, requestScope()).get(JOBS);
      await settle();
      expect(calls).toHaveLength(3);
      calls[2]!.answer({ version: 2 });
      expect(await after).toEqual({ version: 2 });
    });
  });

  describe('hooks where a function differs', () => {
    it('coalesces: identical reads of two operations in flight are one call, unless a function says not to', async () => {
      class Solo extends Reader {
        protected override coalesces(): boolean {
          return false;
        }
      }
      for (const [Source, expected] of [
        [Reader, 1],
        [Solo, 2],
      ] as const) {
        const { transport, calls } = heldUpstream();
        const deps = sourceDeps({ transport, ttlMs: 60_000 });
        const reads = [new Source(deps, requestScope()).get(JOBS), new Source(deps, requestScope()).get(JOBS)];
        await settle();
        expect([Source.name, calls.length]).toEqual([Source.name, expected]);
        for (const call of calls) call.answer({ version: 1 });
        expect(await Promise.all(reads)).toEqual([{ version: 1 }, { version: 1 }]);
      }
    });

    it('errorFor: a function may answer a failure with its own error', async () => {
      class Explaining extends Reader {
        protected override errorFor(error: unknown): unknown {
          return new GatewayError(
            ErrorCode.UPSTREAM_UNAVAILABLE,
            `Report jobs are unavailable: ${(error as Error).message}`,
          );
        }
      }
      const { transport, calls } = heldUpstream();
      const read = new Explaining(sourceDeps({ transport }), requestScope()).get(JOBS);
      await settle();
      calls[0]!.fail(failureFromStatus('listReportJobs', 503, ''));
      await expect(read).rejects.toThrow('Report jobs are unavailable: Dataflow failed to answer listReportJobs (503)');
    });
  });
});
