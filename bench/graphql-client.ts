import { Agent, request } from 'node:http';
import { TOKEN } from './settings.js';

export function graphqlBody(query: string, variables?: Record<string, unknown>): string {
  return JSON.stringify({ query, variables });
}

/**
 * The client of every timed GraphQL request: node:http on a keep-alive agent, the same plain
 * client as the floors (upstream-replay.ts), so gateway and floor are timed alike (fetch added
 * ~1 ms to each request here). Idle sockets do not keep the benchmark's process alive.
 */
const agent = new Agent({ keepAlive: true });

/** POSTs one operation; throws when the answer carries errors, so a benchmark never times failures. */
export function graphql(url: string, body: string, token = TOKEN): Promise<string> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          authorization: token,
          'content-length': Buffer.byteLength(body),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const status = response.statusCode ?? 0;
          if (status < 200 || status >= 300 || text.includes('"errors"'))
            reject(new Error(`${url} answered ${status}: ${text.slice(0, 300)}`));
          else resolve(text);
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}
