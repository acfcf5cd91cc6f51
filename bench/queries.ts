import { graphqlBody } from './graphql-client.js';

// Operations of the scenarios besides the wallboard (wallboard.ts), as a frontend would send them.

/** One queue's KPIs: the smallest useful read. */
export function queueSummaryBody(range: { start: string; end: string }): string {
  return graphqlBody(
    'query($r: TimeRange!) { queueSummary(queues: ["8000"], range: $r) { totalCalls answeredCalls abandonedCalls serviceLevel avgWaitingTime } }',
    { r: range },
  );
}

/** A page of 100 history rows, each with the legs of its call: one page request, then one details request per row. */
export function historyPageWithDetailsBody(range: { start: string; end: string }): string {
  return graphqlBody(
    `query($r: TimeRange!) {
  callHistory(filter: { range: $r }, first: 100) {
    nodes {
      sessionId from to startTime duration status
      details { callId caller callee startedAt answeredAt endedAt direction endReason duration }
    }
  }
}`,
    { r: range },
  );
}
