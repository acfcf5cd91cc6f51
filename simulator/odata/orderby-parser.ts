// "field asc, other desc": a direction is optional and defaults to ascending.
import { SimulatorError } from '../http-error.js';
import type { FieldSchema, OrderKey } from './ast.js';

export function parseOrderby(text: string, schema: FieldSchema): OrderKey[] {
  return text.split(',').map((part) => {
    const words = part
      .trim()
      .split(/\s+/)
      .filter((word) => word !== '');
    const [field, direction, extra] = words;
    if (!field || extra !== undefined) {
      throw SimulatorError.validation(`orderby: expected "field asc" or "field desc", got "${part.trim()}"`);
    }
    const type = schema[field];
    if (!type) {
      throw SimulatorError.validation(
        `orderby: unknown field "${field}"; known fields: ${Object.keys(schema).join(', ')}`,
      );
    }
    if (direction !== undefined && direction !== 'asc' && direction !== 'desc') {
      throw SimulatorError.validation(`orderby: direction of ${field} must be asc or desc, got "${direction}"`);
    }
    return { field, type, descending: direction === 'desc' };
  });
}
