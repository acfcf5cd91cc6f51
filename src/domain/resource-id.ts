/**
 * Empty, or dots alone: a URL parser resolves such a path segment into the parent resource
 * (`report_jobs/.` is the collection, where a POST creates; `report_jobs/..` is Dataflow's root),
 * so it can never stand for an id.
 */
export function isDotSegment(value: string): boolean {
  return /^\.*$/.test(value);
}
