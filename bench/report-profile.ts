import type { ProfilePass } from './cpu-profile.js';

/** One pass as a table: rank, then the top places and the top functions side by side. */
export function profileTable(pass: ProfilePass): string {
  const heading = `**${pass.name[0]!.toUpperCase()}${pass.name.slice(1)}: ${pass.operations.toLocaleString('en')} operations**`;
  const rows = Array.from(
    { length: Math.max(pass.places.length, pass.functions.length) },
    (_, index) => `| ${index + 1} | ${pass.places[index] ?? ''} | ${pass.functions[index] ?? ''} |`,
  );
  return `${heading}\n\n| # | By place | By function |\n|---|---|---|\n${rows.join('\n')}\n`;
}

/** The profile section: the checked-in profile from before issue 9, this run's, then the findings. */
export function profileSection({
  before,
  after,
  findings,
}: {
  before: string;
  after: readonly ProfilePass[] | { skipped: string };
  findings: string;
}): string {
  const measured =
    'skipped' in after
      ? `Not measured: ${after.skipped}\n`
      : `Measured by this run under \`node --cpu-prof\` in the same way, with fewer operations to keep the run
short; each pass includes its process's start-up (module loading), which therefore weighs more here.

${after.map(profileTable).join('\n')}`;
  return `${before.trim()}\n\n### This run\n\n${measured}\n${findings.trim()}\n`;
}
