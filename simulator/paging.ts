// skip/top/count query options shared by every list and by the history functions.

export interface Paging {
  skip: number;
  top: number;
  count: boolean;
}

/** A page of items in the contract's list envelope; `count` is present only when asked for. */
export interface ListPage<T> {
  count?: number;
  items: T[];
}

/** The options as the contract checked them (skip ≥ 0, top 1..100, count boolean), its defaults filled in. */
export function pagingOf(query: Readonly<Record<string, unknown>>): Paging {
  return { skip: query['skip'] as number, top: query['top'] as number, count: query['count'] as boolean };
}

export function pageOf<T>(items: readonly T[], paging: Paging): ListPage<T> {
  const page = items.slice(paging.skip, paging.skip + paging.top);
  return paging.count ? { count: items.length, items: page } : { items: page };
}
