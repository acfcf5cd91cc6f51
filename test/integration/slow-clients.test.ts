import { connect } from 'node:net';
import { type Harness, startHarness } from '../helpers/harness.js';

/**
 * Writes `chunks` to a raw connection and collects everything the server sends until it closes
 * the connection. The client never finishes its request: only the server's timeouts can end it
 * (Node's defaults would take 60 s for headers and 300 s for a body, past the test's timeout).
 */
function sendAndWaitForClose(port: number, chunks: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.on('connect', () => {
      for (const chunk of chunks) socket.write(chunk);
    });
    socket.on('data', (data) => {
      received += data.toString();
    });
    socket.on('close', () => resolve(received));
    socket.on('error', reject);
  });
}

describe('clients that send slowly', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ env: { HTTP_HEADERS_TIMEOUT_MS: '1000', HTTP_REQUEST_TIMEOUT_MS: '2000' } });
  });
  afterAll(() => harness.close());

  it('are cut off with 408 when their headers do not arrive in time', async () => {
    const answer = await sendAndWaitForClose(harness.gateway.port, [
      'POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: app',
    ]);
    expect(answer).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
  });

  it('are cut off with 408 when their body does not arrive in time', async () => {
    const body = JSON.stringify({ query: '{ queues { number } }' });
    const answer = await sendAndWaitForClose(harness.gateway.port, [
      `POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nAuthorization: Bearer slow\r\nContent-Length: ${body.length}\r\n\r\n`,
      body.slice(0, 10),
    ]);
    expect(answer).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    expect(harness.simulator.requests).toEqual([]);
  });

  it('leave the gateway serving everyone else', async () => {
    const reply = await harness.query('{ queues { number } }');
    expect(reply.status).toBe(200);
    expect(reply.body.errors).toBeUndefined();
    expect(harness.logs.filter((line) => (line.level as number) >= 50)).toEqual([]);
  });
});
