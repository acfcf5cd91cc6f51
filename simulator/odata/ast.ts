// The OData subset of the contract: comparisons, and/or, parentheses and three string functions.

/** How a list field compares: decides which literals it accepts and how values order. */
export type FieldType = 'string' | 'number' | 'boolean' | 'datetime';

/** The fields a list can filter and sort on, with their types. */
export type FieldSchema = Readonly<Record<string, FieldType>>;

export type Literal =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'null' }
  | { kind: 'datetime'; ms: number };

export type ComparisonOperator = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
export type StringFunction = 'contains' | 'startswith' | 'endswith';

export type FilterExpr =
  | { kind: 'and' | 'or'; left: FilterExpr; right: FilterExpr }
  | { kind: 'compare'; operator: ComparisonOperator; field: string; type: FieldType; literal: Literal }
  | { kind: 'function'; name: StringFunction; field: string; argument: string };

export interface OrderKey {
  field: string;
  type: FieldType;
  descending: boolean;
}

export const COMPARISON_OPERATORS: readonly ComparisonOperator[] = ['eq', 'ne', 'gt', 'ge', 'lt', 'le'];
export const STRING_FUNCTIONS: readonly StringFunction[] = ['contains', 'startswith', 'endswith'];
