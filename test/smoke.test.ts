import got from 'got';
import Keyv from 'keyv';
describe('toolchain', () => {
  it('loads ESM-only packages', () => {
    expect(typeof got).toBe('function');
    expect(typeof Keyv).toBe('function');
  });
});
