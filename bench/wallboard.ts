/** Three queues of the simulator's directory with five of each queue's own agents. */
export const WALLBOARD_MEMBERS: Readonly<Record<string, readonly string[]>> = {
  '8000': ['101', '102', '103', '104', '105'],
  '8001': ['107', '108', '109', '110', '111'],
  '8002': ['113', '114', '115', '101', '116'],
};

/**
 * The wallboard of the issue: per queue a summary and a timeseries, per agent a summary and a
 * timeseries: 36 upstream requests in one GraphQL operation.
 */
export function wallboardQuery(members: Readonly<Record<string, readonly string[]>> = WALLBOARD_MEMBERS): string {
  const queues = Object.entries(members)
    .map(
      ([queue, agents]) => `
  q${queue}: queue(number: "${queue}") {
    number
    summary(range: $range) { totalCalls answeredCalls serviceLevel waitingCalls }
    timeseries(range: $range) { time totalCalls }
    agents(numbers: [${agents.map((agent) => `"${agent}"`).join(', ')}]) {
      number
      queue { number }
      summary(range: $range) { answeredCalls totalTalkTime }
      timeseries(range: $range) { time answeredCalls }
    }
  }`,
    )
    .join('');
  return `query Wallboard($range: TimeRange!) {${queues}\n}`;
}
