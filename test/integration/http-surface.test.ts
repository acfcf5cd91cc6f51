import { type Harness, startHarness } from '../helpers/harness.js';

describe('the HTTP surface', () => {
  let harness: Harness;
  let base: string;
  beforeAll(async () => {
    harness = await startHarness({ env: { MAX_BODY_BYTES: '2048' } });
    base = harness.url.replace(/\/graphql$/, '');
  });
  afterAll(() => harness.close());

  it('answers /healthz with 200', async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz with 200 while Dataflow answers, 503 when it does not', async () => {
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    const lonely = await startHarness();
    await lonely.simulator.close();
    const response = await fetch(lonely.url.replace(/\/graphql$/, '/readyz'));
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: 'unavailable' });
    await lonely.gateway.stop();
  });

  it('serves the query editor to a browser, from local assets only', async () => {
    const page = await fetch(harness.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)]
      .map((match) => match[1]!)
      .filter((source) => !source.startsWith('data:'));
    expect(sources.length).toBe(5);
    for (const source of sources) {
      expect(source.startsWith('/graphql/assets/')).toBe(true);
      const asset = await fetch(`${base}${source}`);
      expect(asset.status).toBe(200);
      expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(100);
    }
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('presets no Authorization in the editor unless told to (simulator mode does)', async () => {
    const html = await (await fetch(harness.url, { headers: { accept: 'text/html' } })).text();
    expect(html).not.toContain('defaultHeaders');
    expect(html).not.toContain('Bearer');
  });

  it('refuses a body over the limit with 413', async () => {
    const response = await fetch(harness.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer x' },
      body: JSON.stringify({ query: `{ __typename ${' '.repeat(4096)} }` }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  it('refuses a body that is not JSON with 400', async () => {
    const response = await fetch(harness.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
  });

  it('answers 404 elsewhere', async () => {
    expect((await fetch(`${base}/nowhere`)).status).toBe(404);
    expect((await fetch(`${base}/graphql/assets/../../package.json`)).status).toBe(404);
  });

  it('serves GraphQL over GET for queries', async () => {
    const response = await fetch(`${harness.url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
