import { TOKEN } from './settings.js';

export function graphqlBody(query: string, variables?: Record<string, unknown>): string {
  return JSON.stringify({ query, variables });
}

/** POSTs one operation; throws when the answer carries errors, so a benchmark never times failures. */
export async function graphql(url: string, body: string, token = TOKEN): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: token },
    body,
  });
  const text = await response.text();
  if (!response.ok || text.includes('"errors"'))
    throw new Error(`${url} answered ${response.status}: ${text.slice(0, 300)}`);
  return text;
}
