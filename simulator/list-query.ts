// filter, orderby, skip, top and count on the list functions, applied to an in-memory list.
import type { FieldSchema, FilterExpr, OrderKey } from './odata/ast.js';
import { matches, sortBy } from './odata/evaluate.js';
import { parseFilter } from './odata/filter-parser.js';
import { parseOrderby } from './odata/orderby-parser.js';
import { pageOf, pagingOf } from './paging.js';
import type { ListPage, Paging } from './paging.js';

export interface ListQuery {
  filter?: FilterExpr;
  orderby: OrderKey[];
  paging: Paging;
}

/** The contract has checked the options' types; the OData grammar and field names are checked here. */
export function readListQuery(query: Readonly<Record<string, unknown>>, schema: FieldSchema): ListQuery {
  const filter = query['filter'] as string | undefined;
  const orderby = query['orderby'] as string | undefined;
  return {
    ...(filter !== undefined && filter.trim() !== '' ? { filter: parseFilter(filter, schema) } : {}),
    orderby: orderby !== undefined && orderby.trim() !== '' ? parseOrderby(orderby, schema) : [],
    paging: pagingOf(query),
  };
}

/** Without orderby the items keep the store's insertion order. */
export function runListQuery<T extends object>(items: readonly T[], query: ListQuery): ListPage<T> {
  const { filter } = query;
  const kept = filter ? items.filter((item) => matches(item, filter)) : items;
  return pageOf(sortBy(kept, query.orderby), query.paging);
}
