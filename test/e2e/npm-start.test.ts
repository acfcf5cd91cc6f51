import { type BuiltGateway, startBuiltGateway } from '../helpers/start-built-gateway.js';

/** `npm start` with no configuration: the gateway in front of the Dataflow simulator it starts. */
describe('the gateway started with no configuration', () => {
  let gateway: BuiltGateway;
  beforeAll(async () => {
    gateway = await startBuiltGateway();
  });
  afterAll(async () => {
    if (gateway) await gateway.stop();
  });

  it('serves a wallboard from the simulator with the demo token', async () => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer demo-token' },
      body: JSON.stringify({
        query: `{ queues { number name summary(range: { start: "2026-11-28T00:00:00Z", end: "2026-11-29T00:00:00Z" }) { totalCalls } } }`,
      }),
    });
    const body = (await response.json()) as {
      data: { queues: Array<{ number: string; name: string; summary: { totalCalls: number } }> };
      errors?: unknown;
    };
    expect(body.errors).toBeUndefined();
    expect(body.data.queues.length).toBeGreaterThanOrEqual(5);
    expect(body.data.queues[0]!.summary.totalCalls).toBeGreaterThanOrEqual(0);
  });

  it('presets the demo Authorization header in the query editor', async () => {
    const html = await (await fetch(gateway.url, { headers: { accept: 'text/html' } })).text();
    expect(html).toContain('Bearer demo-token');
  });

  it('is ready, and logs JSON lines', async () => {
    expect((await fetch(gateway.url.replace(/\/graphql$/, '/readyz'))).status).toBe(200);
    const lines = gateway.output().trim().split('\n');
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  });

  it('stops cleanly on SIGTERM', async () => {
    const code = await gateway.stop();
    expect(code).toBe(0);
    gateway = undefined as unknown as BuiltGateway;
  });
});

describe('a bad setting', () => {
  it('stops the process with a message naming the variable', async () => {
    await expect(startBuiltGateway({ DATAFLOW_URL: 'ftp://example.com/api' })).rejects.toThrow(
      /DATAFLOW_URL must use http: or https:/,
    );
  });

  it('in production, no DATAFLOW_URL: refuses to start, naming the variable, and starts no simulator', async () => {
    await expect(startBuiltGateway({ NODE_ENV: 'production' })).rejects.toThrow(
      /exited with 1:\nconfiguration error: DATAFLOW_URL must be set in production \(NODE_ENV=production\)/,
    );
  });

  it('the gateway alone (what the image runs), no DATAFLOW_URL: refuses to start and says what to do', async () => {
    await expect(startBuiltGateway({}, 'gateway')).rejects.toThrow(
      /configuration error: DATAFLOW_URL is not set: set it to the Dataflow base URL.*or run `npm start` to front the development simulator/,
    );
  });
});

describe('the gateway started with DATAFLOW_URL', () => {
  it('fronts that server, starts no simulator and presets no token', async () => {
    const { startSimulator } = await import('../../simulator/index.js');
    const upstream = await startSimulator();
    const gateway = await startBuiltGateway({ DATAFLOW_URL: upstream.url });
    try {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer real-pbx-token' },
        body: JSON.stringify({ query: '{ queues { number } }' }),
      });
      expect(((await response.json()) as { data: { queues: unknown[] } }).data.queues.length).toBeGreaterThan(0);
      expect(upstream.requests.map((request) => request.headers.authorization)).toEqual(['Bearer real-pbx-token']);
      expect(gateway.output()).toContain('"simulator":false');
      const html = await (await fetch(gateway.url, { headers: { accept: 'text/html' } })).text();
      expect(html).not.toContain('Bearer');
    } finally {
      await gateway.stop();
      await upstream.close();
    }
  });
});
