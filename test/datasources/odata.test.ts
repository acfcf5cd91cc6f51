import { allOf, compare, contains, literal, orderBy, stableOrderBy } from '../../src/datasources/odata.js';

describe('OData literals', () => {
  it("doubles a quote inside a string: O'Brien -> 'O''Brien'", () => {
    expect(literal("O'Brien")).toBe("'O''Brien'");
    expect(literal("''")).toBe("''''''");
  });

  it('cannot be used to change the filter', () => {
    expect(contains('schedule_name', "x') or true or contains(schedule_name,'")).toBe(
      "contains(schedule_name,'x'') or true or contains(schedule_name,''')",
    );
  });

  it('writes booleans, numbers and bare date-times', () => {
    expect(compare('active', 'eq', true)).toBe('active eq true');
    expect(compare('file_size', 'gt', 10)).toBe('file_size gt 10');
    expect(compare('started_at', 'gt', { dateTime: '2026-01-01T00:00:00Z' })).toBe(
      'started_at gt 2026-01-01T00:00:00Z',
    );
    expect(() => literal(Number.NaN)).toThrow(RangeError);
  });
});

describe('clauses and order', () => {
  it('joins present clauses with and', () => {
    expect(allOf([undefined, "type eq 'CSV'", undefined, 'active eq false'])).toBe("type eq 'CSV' and active eq false");
    expect(allOf([undefined])).toBeUndefined();
  });

  it('writes orderby terms', () => {
    expect(
      orderBy([
        { field: 'schedule_name', descending: false },
        { field: 'created_at', descending: true },
      ]),
    ).toBe('schedule_name asc, created_at desc');
    expect(orderBy([])).toBeUndefined();
  });
});

describe('stable order for paging', () => {
  it('ends with the unique id, ascending unless asked otherwise, never twice', () => {
    expect(stableOrderBy([{ field: 'type', descending: false }])).toBe('type asc, id asc');
    expect(stableOrderBy([])).toBe('id asc');
    expect(
      stableOrderBy([
        { field: 'id', descending: true },
        { field: 'type', descending: false },
      ]),
    ).toBe('type asc, id desc');
  });
});
