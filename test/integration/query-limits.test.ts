import { readFile } from 'node:fs/promises';
import { Kind, parse } from 'graphql';
import { useHarness } from '../helpers/use-harness.js';

const LIMIT_CODES = ['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'QUERY_TOO_COMPLEX', 'BAD_REQUEST'];

/** The README's ```graphql blocks, each operation with variables that fit it. */
async function readmeOperations(): Promise<Array<{ document: string; operationName?: string }>> {
  const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
  const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);
  return blocks.flatMap((document) =>
    parse(document)
      .definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION)
      .map((definition) => ({ document, operationName: definition.name?.value })),
  );
}

const VARIABLES = {
  today: { start: '2026-11-28T00:00:00-05:00', end: '2026-11-29T00:00:00-05:00' },
  week: { start: '2026-11-21T00:00:00Z', end: '2026-11-28T00:00:00Z' },
  id: 'NzAwNTUxOTA5NzczMTQ4MTYw',
};

describe('query limits', () => {
  const harness = useHarness();

  it('let every example query of the README through', async () => {
    const operations = await readmeOperations();
    expect(operations.length).toBeGreaterThanOrEqual(6);
    for (const { document, operationName } of operations) {
      const reply = await harness().query(document, VARIABLES, { operationName });
      const codes = (reply.body.errors ?? []).map((error) => error.extensions?.code);
      expect([operationName, codes.filter((code) => LIMIT_CODES.includes(code as string))]).toEqual([
        operationName,
        [],
      ]);
    }
  });

  it.each([
    [
      'depth',
      `{ reportExecutions { nodes { job { executions { nodes { job { executions { nodes { job { executions { nodes { job { id } } } } } } } } } } } } }`,
      /depth limit/i,
    ],
    [
      'aliases',
      `{ ${Array.from({ length: 60 }, (_, index) => `a${index}: queue(number: "8000") { number }`).join(' ')} }`,
      /aliases limit of 50 exceeded, found 60/i,
    ],
    [
      'tokens',
      `{ queues(numbers: [${Array.from({ length: 6000 }, () => '"8000"').join(' ')}]) { number } }`,
      /more tha[nt] 5000 tokens/i,
    ],
    [
      'directives',
      `{ __typename ${Array.from({ length: 30 }, () => '@include(if: true)').join(' ')} }`,
      /directives limit/i,
    ],
  ])('refuse too many %s before any upstream call', async (_name, query, message) => {
    const reply = await harness().query(query);
    expect(reply.status).toBe(400);
    expect(reply.body.errors![0]!.message).toMatch(message);
    expect(harness().simulator.requests).toHaveLength(0);
  });

  it('refuse a query whose fan-out upstream is too large, saying how large', async () => {
    const reply = await harness().query(
      '{ reportJobs(first: 1000) { nodes { executions(first: 1000) { nodes { job { id } } } } } }',
    );
    expect(reply.status).toBe(400);
    expect(reply.body.errors![0]).toMatchObject({
      message: expect.stringMatching(/^This query could make about \d+ upstream requests; the limit is 2000/),
      extensions: { code: 'QUERY_TOO_COMPLEX', maxCost: 2000 },
    });
    expect(harness().simulator.requests).toHaveLength(0);
  });

  it('weigh timeseries by their 24-hour windows', async () => {
    const month = '{ start: "2026-10-29T00:00:00Z", end: "2026-11-28T00:00:00Z" }';
    const agents = Array.from({ length: 20 }, (_, index) => `"${101 + (index % 6)}"`).join(', ');
    const aliases = Array.from(
      { length: 4 },
      (_, index) =>
        `q${index}: queue(number: "8000") { agents(numbers: [${agents}]) { timeseries(range: ${month}) { time } } }`,
    ).join(' ');
    const reply = await harness().query(`{ ${aliases} }`);
    // 4 × 20 agents × 30 windows = 2400 requests.
    expect(reply.body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', cost: 2400 });
  });

  it('keep the gateway serving afterwards', async () => {
    const reply = await harness().query('{ queues { number } }');
    expect(reply.body.errors).toBeUndefined();
  });
});

const TYPOS: Array<[string, string, Record<string, unknown> | undefined, RegExp]> = [
  ['field', '{ queus { number } }', undefined, /^Cannot query field "queus" on type "Query"\./],
  ['argument', '{ queue(numbr: "8000") { number } }', undefined, /^Unknown argument "numbr" on field "Query\.queue"\./],
  [
    'enum literal',
    '{ reportJobs(where: { type: NORMALL }) { nodes { id } } }',
    undefined,
    /^Value "NORMALL" does not exist in "ReportType" enum\./,
  ],
  [
    'input field of a literal',
    '{ reportJobs(where: { activ: true }) { nodes { id } } }',
    undefined,
    /^Field "activ" is not defined by type "ReportJobWhere"\./,
  ],
  [
    'input field of a variable',
    'query($w: ReportJobWhere) { reportJobs(where: $w) { nodes { id } } }',
    { w: { activ: true } },
    /Field "activ" is not defined by type "ReportJobWhere"\./,
  ],
  [
    'enum value of a variable',
    'query($w: ReportJobWhere) { reportJobs(where: $w) { nodes { id } } }',
    { w: { type: 'NORMALL' } },
    /Value "NORMALL" does not exist in "ReportType" enum\./,
  ],
  [
    'type',
    'query($w: ReportJobWher) { reportJobs(where: $w) { nodes { id } } }',
    undefined,
    /^Unknown type "ReportJobWher"\./,
  ],
];

describe('introspection on', () => {
  const harness = useHarness();

  it.each(TYPOS)('suggests what was meant for a misspelt %s', async (_what, query, variables, message) => {
    const reply = await harness().query(query, variables);
    expect(reply.status).toBe(400);
    expect(reply.body.errors![0]!.message).toMatch(message);
    expect(reply.body.errors![0]!.message).toMatch(/ Did you mean .*\?$/);
  });
});

describe('introspection off', () => {
  const harness = useHarness({ env: { INTROSPECTION: 'false' } });

  it('refuses introspection', async () => {
    const introspection = await harness().query('{ __schema { types { name } } }');
    expect(introspection.body.errors![0]!.message).toMatch(/introspection/i);
  });

  it.each(TYPOS)('hides every suggestion, for a misspelt %s too', async (_what, query, variables, message) => {
    const reply = await harness().query(query, variables);
    expect(reply.status).toBe(400);
    const { message: text } = reply.body.errors![0]!;
    expect(text).toMatch(message);
    // Nowhere in the response: not in the message, nor in the stack trace outside production.
    expect(JSON.stringify(reply.body)).not.toMatch(/Did you mean/);
    expect(text).toMatch(/\.$/);
  });
});
