// Injected faults, checked in order; a rule with `times` runs out after that many matches.
import type { FaultKind, FaultRule } from './types.js';

interface ActiveRule {
  operationId: string | undefined;
  remaining: number;
  fault: FaultKind;
}

export class FaultBook {
  private rules: ActiveRule[] = [];

  add(rule: FaultRule): void {
    const times = rule.times ?? Number.POSITIVE_INFINITY;
    if (!(times > 0)) throw new Error(`FaultRule.times must be positive, got ${String(rule.times)}`);
    this.rules.push({ operationId: rule.operationId, remaining: times, fault: rule.fault });
  }

  clear(): void {
    this.rules = [];
  }

  /** The fault for this request, if any rule matches; uses up one of that rule's times. */
  take(operationId: string): FaultKind | undefined {
    const rule = this.rules.find(
      (candidate) => candidate.operationId === undefined || candidate.operationId === operationId,
    );
    if (!rule) return undefined;
    rule.remaining -= 1;
    if (rule.remaining <= 0) this.rules = this.rules.filter((candidate) => candidate !== rule);
    return rule.fault;
  }
}
