// Builds the OData subset Dataflow's lists accept. Values are always written as literals by
// these functions, never pasted: a quote inside a string is doubled ('O''Brien'), so input can
// never change the shape of the filter.

export type ODataLiteral = string | number | boolean | { readonly dateTime: string };

export function literal(value: ODataLiteral): string {
  if (typeof value === 'string') return `'${value.replace(/'/g, "''")}'`;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`OData cannot express ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  // Date-times are written bare, as Dataflow's filter syntax expects.
  return value.dateTime;
}

export type ComparisonOperator = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

export function compare(field: string, operator: ComparisonOperator, value: ODataLiteral): string {
  return `${field} ${operator} ${literal(value)}`;
}

export function contains(field: string, value: string): string {
  return `contains(${field},${literal(value)})`;
}

/** Joins clauses with `and`; undefined when there is nothing to filter on. */
export function allOf(clauses: ReadonlyArray<string | undefined>): string | undefined {
  const present = clauses.filter((clause): clause is string => clause !== undefined);
  return present.length === 0 ? undefined : present.join(' and ');
}

export interface OrderTerm {
  readonly field: string;
  readonly descending: boolean;
}

export function orderBy(terms: readonly OrderTerm[]): string | undefined {
  if (terms.length === 0) return undefined;
  return terms.map((term) => `${term.field} ${term.descending ? 'desc' : 'asc'}`).join(', ');
}

/**
 * The order for paging: the terms asked for, then the unique id. Pages are read side by side
 * and resumed from cursors; among rows that tie on the asked-for fields a server may answer in
 * any order, and rows would then repeat or go missing between pages.
 */
export function stableOrderBy(terms: readonly OrderTerm[], uniqueField = 'id'): string {
  const asked = terms.filter((term) => term.field !== uniqueField);
  const unique = terms.find((term) => term.field === uniqueField) ?? { field: uniqueField, descending: false };
  return orderBy([...asked, unique])!;
}
