/** Dataflow serves at most this many items per list request (`top` 1 to 100). */
export const UPSTREAM_PAGE_SIZE = 100;
