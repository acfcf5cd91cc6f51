import type { Contest, Correctness } from './scenarios/versus-mesh.js';
import { LOAD_HEADER, loadRow, times } from './report-format.js';

/** The section against GraphQL Mesh: two reads under load, and what each does to 100 history rows. */
export function meshSection(versus: { contests: Contest[]; correctness: Correctness } | { skipped: string }): string {
  if ('skipped' in versus) return `Not measured: ${versus.skipped}\n`;
  const { correctness } = versus;
  return `${versus.contests
    .map(
      (contest) => `**${contest.name}**

${LOAD_HEADER}
${loadRow('Gateway, cache off', contest.gatewayCold)}
${loadRow('Gateway, default cache', contest.gatewayCached)}
${loadRow('GraphQL Mesh (OpenAPI handler)', contest.mesh)}

Gateway (cache off) against Mesh: throughput ${times(contest.gatewayCold.requestsPerSecond, contest.mesh.requestsPerSecond)}, p50 latency ${times(contest.gatewayCold.p50Ms, contest.mesh.p50Ms)} of Mesh's. With its cache: throughput ${times(contest.gatewayCached.requestsPerSecond, contest.mesh.requestsPerSecond)}.
`,
    )
    .join('\n')}
**The same 100 history rows with \`direction\`**, compared with the ${correctness.sessionIds} session ids as Dataflow wrote them:

| Server | Answer | Session ids altered |
|---|---|---|
| Gateway | ${correctness.gateway} | ${correctness.sessionIdsAltered.gateway} |
| GraphQL Mesh | ${correctness.mesh} | ${correctness.sessionIdsAltered.mesh} |
`;
}
