import CircuitBreaker from 'opossum';
import type { UpstreamPolicy } from '../../config/config.js';
import { ErrorCode } from '../../errors/error-code.js';
import { upstreamError } from '../../errors/gateway-error.js';
import { healthOf } from './upstream-failure.js';
import type { Logger } from '../../logging/logger.js';
import type { OperationId } from './upstream-request.js';

type Call = () => Promise<unknown>;

/**
 * One circuit per Dataflow function (opossum): while a function keeps failing, calls to it fail
 * at once instead of piling up, and after a while one probe call tests whether it is back.
 * Shared by all callers, since an outage is not per caller.
 */
export class CircuitBreakers {
  private readonly breakers = new Map<OperationId, CircuitBreaker<[Call], unknown>>();

  constructor(
    private readonly policy: UpstreamPolicy['breaker'],
    private readonly logger: Logger,
  ) {}

  run<T>(operation: OperationId, call: () => Promise<T>): Promise<T> {
    return this.breaker(operation)
      .fire(call)
      .catch((error: unknown) => {
        if ((error as { code?: unknown }).code === 'EOPENBREAKER') {
          throw upstreamError(
            ErrorCode.UPSTREAM_UNAVAILABLE,
            `Dataflow function ${operation} is failing; the gateway is not calling it for up to ${this.policy.resetMs} ms (circuit open)`,
            { operation, circuit: 'open' },
          );
        }
        throw error;
      }) as Promise<T>;
  }

  shutdown(): void {
    for (const breaker of this.breakers.values()) breaker.shutdown();
  }

  private breaker(operation: OperationId): CircuitBreaker<[Call], unknown> {
    let breaker = this.breakers.get(operation);
    if (!breaker) {
      breaker = new CircuitBreaker((call: Call) => call(), {
        name: operation,
        timeout: false,
        errorThresholdPercentage: this.policy.errorPercent,
        volumeThreshold: this.policy.minCalls,
        resetTimeout: this.policy.resetMs,
        rollingCountTimeout: 10_000,
        rollingCountBuckets: 10,
        // opossum knows only failures and successes. A failure that says nothing of Dataflow's
        // health (a call cut off early) passes as a success while the circuit is closed. While
        // it probes, opossum closes on any success and opens on any failure, whichever call it
        // comes from; only an answer may close it, so such a failure, the probe's or a call's
        // begun earlier, keeps it open for another reset period.
        errorFilter: (error: unknown) => {
          const health = healthOf(error);
          return health === 'up' || (health === 'unknown' && !breaker!.halfOpen);
        },
      });
      breaker.on('open', () => this.logger.warn({ operation }, 'circuit opened: failing fast'));
      breaker.on('halfOpen', () => this.logger.info({ operation }, 'circuit half-open: probing'));
      breaker.on('close', () => this.logger.info({ operation }, 'circuit closed: calling again'));
      this.breakers.set(operation, breaker);
    }
    return breaker;
  }
}
