import { MemoryStore } from '../../src/cache/memory-store.js';
import { ResponseCache } from '../../src/cache/response-cache.js';
import { StoreSharedCache } from '../../src/cache/shared-cache.js';
import { createLogger } from '../../src/logging/logger.js';

const RESPONSE = { status: 200, headers: [], freshUntil: 60_000, operationName: null, answers: 1, changeable: false };

describe('whole responses kept by instances that answer differently', () => {
  it('are never served by an instance with another schema or other limits', async () => {
    const clock = { now: () => 0 };
    const shared = new StoreSharedCache(
      new MemoryStore({ maxEntries: 100, maxBytes: 1024 * 1024 }, clock),
      createLogger('silent'),
      600_000,
    );
    const upgraded = new ResponseCache(shared, clock, 'schema-2');
    const current = new ResponseCache(shared, clock, 'schema-1');
    const request = 'application/json\n{"query":"{ a }"}';
    // The caller's first response starts its generation, the second is kept.
    for (let time = 0; time < 2; time += 1) {
      const { slot } = await current.lookup('Bearer t', request);
      await current.store(slot, RESPONSE, '{"data":{"a":1}}');
    }
    expect((await current.lookup('Bearer t', request)).hit?.response.body).toBe('{"data":{"a":1}}');
    expect((await upgraded.lookup('Bearer t', request)).hit).toBeUndefined();
  });
});
