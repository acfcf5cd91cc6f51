import { Writable } from 'node:stream';
import { createLogger } from '../../src/logging/logger.js';

function capture() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger('debug', sink), text: () => lines.join('') };
}

describe('the logger redacts secrets wherever they appear', () => {
  it.each([
    ['a top-level authorization', { authorization: 'Bearer SECRET-1' }],
    ['request headers', { req: { headers: { authorization: 'Bearer SECRET-1' } } }],
    ['headers of anything', { upstream: { headers: { authorization: 'Bearer SECRET-1' } } }],
    ['a token field', { token: 'SECRET-1' }],
    ['a nested token field', { caller: { token: 'SECRET-1' } }],
  ])('%s', (_name, fields) => {
    const { logger, text } = capture();
    logger.info(fields, 'line');
    expect(text()).not.toContain('SECRET-1');
    expect(text()).toContain('[REDACTED]');
  });

  it('masks a bearer token inside an error message and stack, and drops other error properties', () => {
    const { logger, text } = capture();
    const error = Object.assign(new Error('upstream said: Authorization Bearer SECRET-2 is expired'), {
      options: { headers: { authorization: 'Bearer SECRET-3' } },
    });
    logger.error({ err: error }, 'failed');
    expect(text()).not.toMatch(/SECRET-2|SECRET-3/);
    expect(text()).toContain('Bearer [REDACTED]');
  });
});
