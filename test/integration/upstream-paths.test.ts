import { type Harness, startHarness } from '../helpers/harness.js';
import { startRecordingProxy } from '../helpers/recording-proxy.js';
import { startSimulator } from '../../simulator/index.js';

/**
 * No id a client sends can steer a request to another Dataflow resource. Every id mutation and
 * lookup goes through a proxy that records the path Dataflow would route after URL
 * normalisation; each id either is refused with no upstream call, or reaches exactly the one
 * resource it names.
 */
const HOSTILE_IDS = [
  '.',
  '..',
  '...',
  '',
  ' ',
  ' .. ',
  '%2e',
  '%2E%2E',
  '.%2e',
  '%2e.',
  '..%2f',
  '..%2F..',
  'a/..',
  '../x',
  'x/../..',
  '\\..',
  '..\\',
  'a?b',
  'a#b',
  '%00',
  '\u0000',
  '．．',
  'x/destroy',
  '../../report_list/x/destroy',
  'abc%2Fdestroy',
  'x'.repeat(129),
  'ab cd',
  '🙂',
];

/** The one resource each function may reach with an id (its only path segment that varies). */
const OPERATIONS = {
  reportJob: {
    document: 'query($id: ID!) { reportJob(id: $id) { id } }',
    paths: [['GET', /^\/api\/dataflow\/report_jobs\/([^/]+)$/]],
  },
  updateReportJob: {
    document: 'mutation($id: ID!) { updateReportJob(id: $id, input: { active: false }) { id } }',
    // The update, then the read-back of the same job.
    paths: [
      ['POST', /^\/api\/dataflow\/report_jobs\/([^/]+)$/],
      ['GET', /^\/api\/dataflow\/report_jobs\/([^/]+)$/],
    ],
  },
  deleteReportJob: {
    document: 'mutation($id: ID!) { deleteReportJob(id: $id) { deleted } }',
    paths: [['POST', /^\/api\/dataflow\/report_jobs\/([^/]+)\/destroy$/]],
  },
  deleteReportExecution: {
    document: 'mutation($id: ID!) { deleteReportExecution(id: $id) { deleted } }',
    paths: [['POST', /^\/api\/dataflow\/report_list\/([^/]+)\/destroy$/]],
  },
} as const;

describe('ids in upstream paths', () => {
  const token = { authorization: 'Bearer upstream-paths-suite' };
  let harness: Harness;
  let proxy: Awaited<ReturnType<typeof startRecordingProxy>>;
  let jobIds: string[];

  beforeAll(async () => {
    const simulator = await startSimulator({ now: () => Date.parse('2026-11-28T15:30:00Z') });
    proxy = await startRecordingProxy(simulator.url);
    harness = await startHarness({
      existingSimulator: simulator,
      dataflowUrl: proxy.url,
      env: { CACHE_ENABLED: 'false' },
    });
    const jobs = await harness.query<{ reportJobs: { nodes: Array<{ id: string }> } }>(
      '{ reportJobs(first: 100) { nodes { id } } }',
      undefined,
      token,
    );
    jobIds = jobs.body.data!.reportJobs.nodes.map((node) => node.id);
  });
  afterAll(async () => {
    await harness.close();
    await harness.simulator.close();
    await proxy.close();
  });

  const jobCount = async () =>
    (await harness.query<{ reportJobs: { totalCount: number } }>('{ reportJobs { totalCount } }', undefined, token))
      .body.data!.reportJobs.totalCount;

  it.each(Object.keys(OPERATIONS))('%s: every hostile id is refused before any upstream call', async (name) => {
    const operation = OPERATIONS[name as keyof typeof OPERATIONS];
    for (const id of HOSTILE_IDS) {
      proxy.seen.length = 0;
      const reply = await harness.query(operation.document, { id }, token);
      expect([id, reply.body.errors?.[0]?.extensions?.code]).toEqual([id, 'BAD_USER_INPUT']);
      expect([id, proxy.seen]).toEqual([id, []]);
    }
  });

  it.each(Object.keys(OPERATIONS))(
    '%s: an id that is allowed reaches exactly the resource it names, and only that',
    async (name) => {
      const operation = OPERATIONS[name as keyof typeof OPERATIONS];
      // URL-safe ids with dots and tildes, which a server must not read as anything but a name.
      const ids = [
        'NzAwNTUxOTA5NzczMTQ4MTYw',
        'a.b',
        '.hidden',
        'dots...',
        '~x',
        'a+b=',
        'x-y_z',
        ...jobIds.slice(0, 2),
      ];
      for (const id of ids) {
        proxy.seen.length = 0;
        await harness.query(operation.document, { id }, token);
        expect(proxy.seen.length).toBeGreaterThanOrEqual(1);
        proxy.seen.forEach((request, index) => {
          const [method, pattern] = operation.paths[Math.min(index, operation.paths.length - 1)]!;
          const match = pattern.exec(request.path);
          expect([id, request.method, match !== null]).toEqual([id, method, true]);
          // The path as sent is the path as routed: nothing for a server to normalise.
          expect(request.rawPath.split('?')[0]).toBe(request.path);
          expect(decodeURIComponent(match![1]!)).toBe(id);
        });
      }
    },
  );

  it('never creates a job through an update, whatever the id', async () => {
    // Everything a create needs: sent to the collection, this update would make a job.
    const update =
      'mutation($id: ID!) { updateReportJob(id: $id, input: { type: NORMAL, format: CSV, scheduleName: "Stray", cronExpr: "1 0 * * *", recipients: ["ops@example.com"] }) { id } }';
    const before = await jobCount();
    for (const id of [...HOSTILE_IDS, 'does-not-exist']) await harness.query(update, { id }, token);
    expect(await jobCount()).toBe(before);
  });
});
