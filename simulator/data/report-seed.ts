// The report jobs and executions every token starts with. Ids and names are fixed so tests can
// name them; timestamps are relative to the clock when the simulator started.
import { randomFor } from '../prng.js';
import { DAY_MS, HOUR_MS, MINUTE_MS, formatRfc3339 } from '../time.js';
import { opaqueId } from './directory.js';
import type { ReportExecution, ReportJob } from './report-types.js';

const SEEDED_JOB_BASE = 700551909773148160n;
const SEEDED_EXECUTION_BASE = 720551909773148160n;

interface JobSeed {
  name: string;
  type: string;
  format: string;
  cron: string;
  active: boolean | null;
  recipients: string | null;
  timezone: string | null;
  params: unknown;
}

const JOB_SEEDS: readonly JobSeed[] = [
  {
    name: 'Daily queue performance',
    type: 'QUEUE_PERFORMANCE',
    format: 'CSV',
    cron: '1 0 * * *',
    active: true,
    recipients: 'ops@example.com;lead@example.com',
    timezone: 'America/New_York',
    params: { queues: ['8000', '8001'] },
  },
  {
    name: "O'Brien weekly",
    type: 'QUEUE_SLA_STATISTICS',
    format: 'HTML',
    cron: '0 7 * * 1',
    active: true,
    recipients: 'obrien@example.com',
    timezone: 'Europe/Dublin',
    params: { queues: ['8001'] },
  },
  {
    name: 'Agent performance (beta)',
    type: 'AGENT_PERFORMANCE',
    format: 'CSV',
    cron: '30 6 * * *',
    active: true,
    recipients: 'qa@example.com',
    timezone: 'UTC',
    params: { agents: ['101', '102'] },
  },
  {
    name: 'Abandoned calls review',
    type: 'QUEUE_ABANDONED_CALLS',
    format: 'CSV',
    cron: '0 18 * * 1-5',
    active: null,
    recipients: 'support-leads@example.com',
    timezone: 'Asia/Shanghai',
    params: { queues: ['8001', '8003'] },
  },
  {
    name: 'Monthly call cost',
    type: 'EXTENSION_GROUP_CALL_COST',
    format: 'HTML',
    cron: '0 2 1 * *',
    active: true,
    recipients: null,
    timezone: 'Europe/Berlin',
    params: null,
  },
  {
    name: 'Ring group statistics',
    type: 'RING_GROUP_STATISTICS',
    format: 'CSV',
    cron: '15 8 * * *',
    active: false,
    recipients: '',
    timezone: 'America/Chicago',
    params: null,
  },
  {
    name: 'Callbacks summary',
    type: 'QUEUE_CALLBACKS',
    format: 'HTML',
    cron: '0 9 * * 5',
    active: true,
    recipients: 'callbacks@example.com;ops@example.com',
    timezone: null,
    params: { queues: ['8000'] },
  },
  {
    name: 'Detailed queue statistics',
    type: 'QUEUE_DETAILED_STATISTICS',
    format: 'CSV',
    cron: '0 */6 * * *',
    active: true,
    recipients: 'analytics@example.com',
    timezone: 'Asia/Tokyo',
    params: { queues: ['8000', '8001', '8002', '8003', '8004'] },
  },
];

/** Jobs that executions still point at although the jobs themselves were deleted. */
const DELETED_JOBS: readonly Pick<JobSeed, 'name' | 'type' | 'format'>[] = [
  { name: 'Legacy SLA export', type: 'QUEUE_BREACHES_SLA_STATISTICS', format: 'CSV' },
  { name: 'Old weekly summary', type: 'TEAM_QUEUE_GENERAL_STATISTICS', format: 'HTML' },
];

const EXECUTION_COUNT = 40;

export function seededJobs(now: number): ReportJob[] {
  return JOB_SEEDS.map((seed, index) => {
    const createdAt = startOfHour(now) - (90 - index * 9) * DAY_MS - index * 37 * MINUTE_MS;
    const updatedAt = Math.min(now, createdAt + (index % 3) * 5 * DAY_MS);
    const withRange = index === 0;
    return {
      id: opaqueId(SEEDED_JOB_BASE + BigInt(index)),
      type: seed.type,
      format: seed.format,
      schedule_name: seed.name,
      start_time: withRange ? formatRfc3339(createdAt, -300) : null,
      end_time: withRange ? formatRfc3339(createdAt + 365 * DAY_MS, -300) : null,
      cron_expr: seed.cron,
      active: seed.active,
      recipients: seed.recipients,
      timezone: seed.timezone,
      params: seed.params,
      created_at: formatRfc3339(createdAt),
      updated_at: formatRfc3339(updatedAt),
    };
  });
}

/**
 * Oldest first over the last four weeks. The newest two are still RUNNING and the one before
 * carries a status the contract does not know (QUEUED).
 */
export function seededExecutions(seed: number, now: number, jobs: readonly ReportJob[]): ReportExecution[] {
  const random = randomFor(seed, 'executions');
  const sources = [
    ...jobs.map((job) => ({ id: job.id, name: job.schedule_name, type: job.type, format: job.format })),
    ...DELETED_JOBS.map((job, index) => ({ id: opaqueId(SEEDED_JOB_BASE + BigInt(jobs.length + index)), ...job })),
  ];
  return Array.from({ length: EXECUTION_COUNT }, (_, index) => {
    const source = sources[index % sources.length] as (typeof sources)[number];
    const id = opaqueId(SEEDED_EXECUTION_BASE + BigInt(index));
    const fromEnd = EXECUTION_COUNT - 1 - index;
    const startedAt =
      fromEnd < 3
        ? now - (fromEnd + 1) * 7 * MINUTE_MS
        : now - 28 * DAY_MS + index * 16 * HOUR_MS + random.int(0, 50) * MINUTE_MS;
    const status = fromEnd < 2 ? 'RUNNING' : fromEnd === 2 ? 'QUEUED' : random.chance(0.15) ? 'FAILED' : 'SUCCEEDED';
    const completedAt = status === 'SUCCEEDED' || status === 'FAILED' ? startedAt + random.int(20, 600) * 1000 : null;
    const day = formatRfc3339(startedAt).slice(0, 10);
    const fileName = status === 'SUCCEEDED' ? `${slug(source.name)}-${day}.${source.format.toLowerCase()}` : null;
    return {
      id,
      job_id: source.id,
      schedule_name: source.name,
      type: source.type,
      format: source.format,
      status,
      started_at: formatRfc3339(startedAt),
      completed_at: completedAt === null ? null : formatRfc3339(completedAt),
      file_name: fileName,
      file_size: fileName ? random.int(2_000, 500_000) : null,
      file_url: fileName ? `https://pbx.example.com/reports/${id}/${fileName}` : null,
      error_message: status === 'FAILED' ? random.pick(FAILURES) : null,
    };
  });
}

const FAILURES: readonly string[] = [
  'SMTP delivery failed: 550 mailbox unavailable',
  'report generation timed out after 300 s',
  'no data for the selected queues',
];

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function startOfHour(ms: number): number {
  return Math.floor(ms / HOUR_MS) * HOUR_MS;
}
