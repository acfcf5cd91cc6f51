import { parseJsonKeepingDigits, stringifyKeepingDigits } from '../../src/json/lossless-json.js';

describe('JSON keeping 64-bit digits', () => {
  it('keeps a bare 64-bit integer digit for digit', () => {
    const parsed = parseJsonKeepingDigits('{"session_id":1040099039162400768,"duration":12,"rate":0.5}') as Record<
      string,
      unknown
    >;
    expect(parsed).toEqual({ session_id: '1040099039162400768', duration: 12, rate: 0.5 });
    expect(Number('1040099039162400768').toString()).not.toBe('1040099039162400768');
  });

  it('parses ordinary bodies natively', () => {
    expect(parseJsonKeepingDigits('{"items":[{"a":1}]}')).toEqual({ items: [{ a: 1 }] });
  });

  it('writes bigint as a bare JSON integer', () => {
    expect(stringifyKeepingDigits({ tenants: [1030655834964623400n, 7n] })).toBe('{"tenants":[1030655834964623400,7]}');
  });

  it('throws on malformed JSON, on both paths', () => {
    expect(() => parseJsonKeepingDigits('{"items": [')).toThrow();
    expect(() => parseJsonKeepingDigits('{"id": 1040099039162400768')).toThrow();
  });
});
