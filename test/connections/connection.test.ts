import { checkPage, decodeCursor, encodeCursor, toConnection } from '../../src/connections/connection.js';

describe('cursors', () => {
  it('round-trip a position and are opaque', () => {
    const cursor = encodeCursor(149);
    expect(cursor).not.toContain('149');
    expect(decodeCursor(cursor, 'after')).toBe(149);
  });

  it.each([
    '',
    'abc',
    encodeCursor(3).slice(1),
    Buffer.from('offset:-1').toString('base64url'),
    Buffer.from('offset:1.5').toString('base64url'),
    encodeCursor(9_007_199_254_740_990),
  ])('reject %p naming the argument', (cursor) => {
    expect(() => decodeCursor(cursor, 'after')).toThrow(/^after: /);
  });
});

describe('toConnection', () => {
  it('numbers edges from the offset and fills pageInfo', () => {
    const connection = toConnection(
      { offset: 10, first: 2, withCount: true, lookahead: true },
      { items: ['a', 'b'], hasMore: true, totalCount: 40 },
    );
    expect(connection.edges.map((edge) => decodeCursor(edge.cursor, 'x'))).toEqual([10, 11]);
    expect(connection.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: connection.edges[0]!.cursor,
      endCursor: connection.edges[1]!.cursor,
    });
    expect(connection.totalCount).toBe(40);
  });

  it('has null cursors and totalCount when empty and uncounted', () => {
    const connection = toConnection(
      { offset: 0, first: 5, withCount: false, lookahead: false },
      { items: [], hasMore: false },
    );
    expect(connection.pageInfo).toMatchObject({ startCursor: null, endCursor: null, hasPreviousPage: false });
    expect(connection.totalCount).toBeNull();
  });
});

describe('a page of a connection', () => {
  it('takes an explicit null first as the default, as a left-out one', () => {
    expect(checkPage({ first: null })).toEqual({ offset: 0, first: 50 });
    expect(checkPage({ first: null }, 20)).toEqual({ offset: 0, first: 20 });
    expect(checkPage({ first: 7, after: encodeCursor(9) })).toEqual({ offset: 10, first: 7 });
  });

  it('refuses first outside 1 to 1000', () => {
    expect(() => checkPage({ first: 0 })).toThrow('first: must be from 1 to 1000, got 0');
    expect(() => checkPage({ first: 1001 })).toThrow('first: must be from 1 to 1000, got 1001');
  });
});
