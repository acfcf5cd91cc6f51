import Keyv from 'keyv';
import { Pool } from 'undici';
describe('toolchain', () => {
  it('loads ESM-only packages', () => {
    expect(typeof Pool).toBe('function');
    expect(typeof Keyv).toBe('function');
  });
});
