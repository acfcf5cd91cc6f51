// Evaluates a parsed filter against one item and orders items by orderby keys.
import { parseRfc3339 } from '../time.js';
import type { FieldType, FilterExpr, Literal, OrderKey } from './ast.js';

/** Items are plain records read by field name; any object type is accepted. */
function field(item: object, name: string): unknown {
  return (item as Readonly<Record<string, unknown>>)[name];
}

export function matches(item: object, expr: FilterExpr): boolean {
  switch (expr.kind) {
    case 'and':
      return matches(item, expr.left) && matches(item, expr.right);
    case 'or':
      return matches(item, expr.left) || matches(item, expr.right);
    case 'function': {
      const value = field(item, expr.field);
      if (typeof value !== 'string') return false;
      if (expr.name === 'contains') return value.includes(expr.argument);
      if (expr.name === 'startswith') return value.startsWith(expr.argument);
      return value.endsWith(expr.argument);
    }
    case 'compare':
      return compareWithLiteral(
        comparable(field(item, expr.field), expr.type),
        expr.operator,
        literalValue(expr.literal),
      );
  }
}

/** A field value reduced to something `<` orders correctly; null for blank or unreadable values. */
function comparable(value: unknown, type: FieldType): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (type === 'datetime') return typeof value === 'string' ? (parseRfc3339(value)?.ms ?? null) : null;
  if (type === 'number') return typeof value === 'number' ? value : null;
  if (type === 'boolean') return typeof value === 'boolean' ? value : null;
  return typeof value === 'string' ? value : null;
}

function literalValue(literal: Literal): string | number | boolean | null {
  switch (literal.kind) {
    case 'null':
      return null;
    case 'datetime':
      return literal.ms;
    default:
      return literal.value;
  }
}

function compareWithLiteral(
  value: string | number | boolean | null,
  operator: string,
  literal: string | number | boolean | null,
): boolean {
  if (operator === 'eq') return value === literal;
  if (operator === 'ne') return value !== literal;
  // Blank values are neither greater nor smaller than anything.
  if (value === null || literal === null) return false;
  if (operator === 'gt') return value > literal;
  if (operator === 'ge') return value >= literal;
  if (operator === 'lt') return value < literal;
  return value <= literal;
}

/** Stable sort by the keys; blank values sort first ascending, last descending. */
export function sortBy<T extends object>(items: readonly T[], keys: readonly OrderKey[]): T[] {
  if (keys.length === 0) return [...items];
  const decorated = items.map((item, index) => ({ item, index }));
  decorated.sort((a, b) => {
    for (const key of keys) {
      const order = compareValues(
        comparable(field(a.item, key.field), key.type),
        comparable(field(b.item, key.field), key.type),
      );
      if (order !== 0) return key.descending ? -order : order;
    }
    return a.index - b.index;
  });
  return decorated.map(({ item }) => item);
}

function compareValues(a: string | number | boolean | null, b: string | number | boolean | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}
