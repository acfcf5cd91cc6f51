import type { GraphQLResolveInfo } from 'graphql';
import type { ListWindow, WindowResult } from '../datasources/paging.js';
import { badUserInput } from '../errors/gateway-error.js';
import type { Connection } from '../schema/connection.type.js';
import { DEFAULT_FIRST, type PageArgs } from '../schema/page.args.js';
import { checkIntRange } from '../validation/scalars.js';
import { selects } from './selection.js';

export const MAX_FIRST = 1000;
const CURSOR_PREFIX = 'offset:';
/** Dataflow's skip is a 32-bit integer; a cursor never points past what a page could reach. */
const MAX_POSITION = 2_147_483_647 - MAX_FIRST - 1;

/** Cursors are opaque to clients; inside, the item's position in the list. */
export function encodeCursor(position: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${position}`).toString('base64url');
}

export function decodeCursor(cursor: string, argument: string): number {
  const decoded = Buffer.from(cursor, 'base64url').toString();
  const position = Number(decoded.slice(CURSOR_PREFIX.length));
  if (
    !decoded.startsWith(CURSOR_PREFIX) ||
    !Number.isSafeInteger(position) ||
    position < 0 ||
    position > MAX_POSITION ||
    encodeCursor(position) !== cursor
  ) {
    throw badUserInput(argument, `"${cursor}" is not a cursor of this connection`);
  }
  return position;
}

/** Where a page starts and how long it is, from first/after, checked. */
export interface Page {
  readonly offset: number;
  readonly first: number;
}

/** An explicit `first: null` means the default, as a left-out one does (and as `direction: null` does). */
export function checkPage(args: PageArgs, defaultFirst = DEFAULT_FIRST): Page {
  const first = checkIntRange(args.first ?? defaultFirst, 'first', 1, MAX_FIRST);
  const offset = args.after ? decodeCursor(args.after, 'after') + 1 : 0;
  return { offset, first };
}

/** A checked page, and what the selection needs of the upstream reads. */
export function listWindow(page: Page, info: GraphQLResolveInfo): ListWindow {
  return { ...page, withCount: selects(info, 'totalCount'), lookahead: selects(info, 'pageInfo') };
}

export function toConnection<T>(window: ListWindow, result: WindowResult<T>): Connection<T> {
  const edges = result.items.map((node, index) => ({ cursor: encodeCursor(window.offset + index), node }));
  return {
    edges,
    nodes: result.items,
    pageInfo: {
      hasNextPage: result.hasMore,
      hasPreviousPage: window.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: result.totalCount ?? null,
  };
}
