import type { Page } from '../domain/models.js';
import { UPSTREAM_PAGE_SIZE } from '../domain/paging.js';

export interface PageRequest {
  readonly skip: number;
  readonly top: number;
  readonly count: boolean;
}

/** A slice of a list as a connection wants it. */
export interface ListWindow {
  readonly offset: number;
  readonly first: number;
  /** Ask Dataflow for the total (count=true). */
  readonly withCount: boolean;
  /** Find out whether items follow the window (one extra item is read when no count is asked). */
  readonly lookahead: boolean;
}

export interface WindowResult<T> {
  readonly items: T[];
  readonly hasMore: boolean;
  readonly totalCount?: number;
}

/**
 * Reads a window of up to 1000 items as concurrent upstream pages of at most 100. The count is
 * asked for on the first page only.
 */
export async function readWindow<T>(
  window: ListWindow,
  fetchPage: (request: PageRequest) => Promise<Page<T>>,
): Promise<WindowResult<T>> {
  const wanted = window.first + (window.lookahead && !window.withCount ? 1 : 0);
  const requests: PageRequest[] = [];
  for (let read = 0; read < wanted; read += UPSTREAM_PAGE_SIZE) {
    requests.push({
      skip: window.offset + read,
      top: Math.min(UPSTREAM_PAGE_SIZE, wanted - read),
      count: window.withCount && read === 0,
    });
  }
  const pages = await Promise.all(requests.map(fetchPage));

  const collected: T[] = [];
  for (const [index, page] of pages.entries()) {
    collected.push(...page.items);
    // A short page is the end of the list: later pages can only be empty.
    if (page.items.length < requests[index]!.top) break;
  }
  const items = collected.slice(0, window.first);
  const totalCount = pages[0]?.count;
  const hasMore =
    totalCount !== undefined ? window.offset + items.length < totalCount : collected.length > window.first;
  return totalCount === undefined ? { items, hasMore } : { items, hasMore, totalCount };
}
