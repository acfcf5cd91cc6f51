import type { Figures } from './report.js';
import { count, mb, percent, times } from './report-format.js';

/** Issue 9's targets: a bound and which side of it is good. */
export const TARGETS = {
  coldWallboardOverFloor: { at: 1.2, most: true },
  historyPageOverFloor: { at: 1.3, most: true },
  warmWallboardShareOfCeiling: { at: 0.25, most: false },
  warmSummaryShareOfCeiling: { at: 0.5, most: false },
  rssAtStartMB: { at: 80, most: true },
  rssAfterDistinctKeysMB: { at: 150, most: true },
} as const;

type Target = (typeof TARGETS)[keyof typeof TARGETS];

const met = (value: number, target: Target): boolean => (target.most ? value <= target.at : value >= target.at);
const bound = (target: Target, shown: string): string => `${target.most ? '≤' : '≥'} ${shown}`;
const row = (what: string, measured: string, target: string, ok: boolean): string =>
  `| ${what} | ${measured} | ${target} | ${ok ? 'yes' : '**no**'} |`;

/** The targets table at the top of RESULTS.md: each target, what this run measured, met or not. */
export function targetsTable(figures: Figures): string {
  const { cold, history, warm, memory, concurrent } = figures;
  const coldRatio = cold.gatewayMs / cold.floorMs;
  const historyRatio = history.gatewayMs / history.floorMs;
  const wallboardShare = warm.wallboard.gateway.requestsPerSecond / warm.wallboard.ceiling.requestsPerSecond;
  const summaryShare = warm.queueSummary.gateway.requestsPerSecond / warm.queueSummary.ceiling.requestsPerSecond;
  const afterKeys = memory.samples.at(-1)!;
  const t = TARGETS;
  return `| Target | Measured | Target | Met |
|---|---|---|---|
${row('Cold wallboard p50 / its floor (§1)', `${times(cold.gatewayMs, cold.floorMs)} (${times(cold.gatewayMs, cold.rttMs)} one RTT)`, bound(t.coldWallboardOverFloor, `${t.coldWallboardOverFloor.at}×`), met(coldRatio, t.coldWallboardOverFloor))}
${row('History page of 100 rows with details p50 / its floor (§2)', times(history.gatewayMs, history.floorMs), bound(t.historyPageOverFloor, `${t.historyPageOverFloor.at}×`), met(historyRatio, t.historyPageOverFloor))}
${row('Warm wallboard throughput / bare-node ceiling (§3)', percent(wallboardShare), bound(t.warmWallboardShareOfCeiling, percent(t.warmWallboardShareOfCeiling.at)), met(wallboardShare, t.warmWallboardShareOfCeiling))}
${row('Warm single queue summary throughput / its ceiling (§3)', percent(summaryShare), bound(t.warmSummaryShareOfCeiling, percent(t.warmSummaryShareOfCeiling.at)), met(summaryShare, t.warmSummaryShareOfCeiling))}
${row('RSS at start, production mode (§6)', mb(memory.startMB), bound(t.rssAtStartMB, mb(t.rssAtStartMB.at)), met(memory.startMB, t.rssAtStartMB))}
${row(`RSS after ${count(afterKeys.keys)} distinct cache keys, default settings (§6)`, mb(afterKeys.rssMB), bound(t.rssAfterDistinctKeysMB, mb(t.rssAfterDistinctKeysMB.at)), met(afterKeys.rssMB, t.rssAfterDistinctKeysMB))}
${row(`Upstream calls for ${concurrent.wallboards} identical cold wallboards at once (§5)`, count(concurrent.upstreamCalls), `= distinct requests (${concurrent.distinctRequests})`, concurrent.upstreamCalls === concurrent.distinctRequests)}`;
}
