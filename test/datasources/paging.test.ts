import { type PageRequest, readWindow } from '../../src/datasources/paging.js';

/** A list of `total` numbered items served like Dataflow: top/skip/count. */
function list(total: number) {
  const requests: PageRequest[] = [];
  const fetchPage = async (request: PageRequest) => {
    requests.push(request);
    const items = Array.from(
      { length: Math.max(0, Math.min(request.top, total - request.skip)) },
      (_, index) => request.skip + index,
    );
    return request.count ? { items, count: total } : { items };
  };
  return { requests, fetchPage };
}

describe('readWindow', () => {
  it('serves 250 items as three concurrent pages of at most 100', async () => {
    const { requests, fetchPage } = list(1000);
    const result = await readWindow({ offset: 0, first: 250, withCount: false, lookahead: false }, fetchPage);
    expect(result.items).toHaveLength(250);
    expect(requests).toEqual([
      { skip: 0, top: 100, count: false },
      { skip: 100, top: 100, count: false },
      { skip: 200, top: 50, count: false },
    ]);
  });

  it('reads one item more to learn whether a next page exists', async () => {
    const { requests, fetchPage } = list(120);
    const result = await readWindow({ offset: 20, first: 100, withCount: false, lookahead: true }, fetchPage);
    expect(requests.map((request) => [request.skip, request.top])).toEqual([
      [20, 100],
      [120, 1],
    ]);
    expect(result.items).toHaveLength(100);
    expect(result.hasMore).toBe(false);
  });

  it('uses the count when asked for it, on the first page only', async () => {
    const { requests, fetchPage } = list(120);
    const result = await readWindow({ offset: 0, first: 100, withCount: true, lookahead: true }, fetchPage);
    expect(requests).toEqual([{ skip: 0, top: 100, count: true }]);
    expect(result).toMatchObject({ totalCount: 120, hasMore: true });
  });

  it('stops at a short page', async () => {
    const { fetchPage } = list(130);
    const result = await readWindow({ offset: 0, first: 300, withCount: false, lookahead: true }, fetchPage);
    expect(result.items).toHaveLength(130);
    expect(result.hasMore).toBe(false);
  });
});
