import Keyv from 'keyv';
import { LRUCache } from 'lru-cache';
describe('toolchain', () => {
  it('loads ESM-only packages', () => {
    expect(typeof Keyv).toBe('function');
    expect(typeof LRUCache).toBe('function');
  });
});
