import { findNumber, nestsDeeperThan, textNestsDeeperThan } from '../../src/json/json-depth.js';
import { JsonTooDeepError, parseJsonKeepingDigits } from '../../src/json/lossless-json.js';

const nested = (depth: number, leaf = '1') => '{"a":'.repeat(depth) + leaf + '}'.repeat(depth);

describe('walks over client JSON', () => {
  it('measure nesting without recursion, a million levels deep too', () => {
    expect(nestsDeeperThan(1, 0)).toBe(false);
    expect(nestsDeeperThan({}, 0)).toBe(true);
    expect(nestsDeeperThan({ a: [1] }, 2)).toBe(false);
    expect(nestsDeeperThan({ a: [1] }, 1)).toBe(true);
    expect(nestsDeeperThan(JSON.parse(nested(32)), 32)).toBe(false);
    expect(nestsDeeperThan(JSON.parse(nested(33)), 32)).toBe(true);
    expect(nestsDeeperThan(JSON.parse(nested(1_000_000)), 32)).toBe(true);
  });

  it('measure the nesting of JSON text before it is parsed, strings and escapes skipped', () => {
    expect(textNestsDeeperThan(nested(32), 32)).toBe(false);
    expect(textNestsDeeperThan(nested(33), 32)).toBe(true);
    expect(textNestsDeeperThan(`{"a":"${'['.repeat(100)}\\"${'{'.repeat(100)}"}`, 1)).toBe(false);
    expect(textNestsDeeperThan('[[1],[2],[[3]]]', 3)).toBe(false);
    expect(textNestsDeeperThan('[[1],[2],[[3]]]', 2)).toBe(true);
  });

  it('find the first number that fails a test, by its path in document order', () => {
    const value = { a: [1, 2 ** 60], b: { c: 2 ** 61 } };
    expect(findNumber(value, 'variables', (number) => !Number.isSafeInteger(number))).toBe('variables.a[1]');
    expect(findNumber(value, 'variables', () => false)).toBeUndefined();
    expect(findNumber({ list: [{ id: 1 }, { id: 2 ** 60 }] }, 'variables.x', (number) => number > 2 ** 53)).toBe(
      'variables.x.list[1].id',
    );
  });

  it('parse with a depth bound before the recursive 64-bit-exact parser runs', () => {
    expect(() => parseJsonKeepingDigits(nested(5000, '1040099039162400768'), 64)).toThrow(JsonTooDeepError);
    expect(() => parseJsonKeepingDigits(nested(5000), 64)).toThrow(JsonTooDeepError);
    expect(parseJsonKeepingDigits(nested(3, '1040099039162400768'), 64)).toEqual({
      a: { a: { a: '1040099039162400768' } },
    });
  });
});
