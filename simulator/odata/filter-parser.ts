// Recursive descent over the tokens: `or` binds looser than `and`, parentheses group. Fields and
// literal types are checked here so a bad filter fails with 400 before any item is looked at.
import { SimulatorError } from '../http-error.js';
import { parseRfc3339 } from '../time.js';
import { COMPARISON_OPERATORS, STRING_FUNCTIONS } from './ast.js';
import type { ComparisonOperator, FieldSchema, FieldType, FilterExpr, Literal, StringFunction } from './ast.js';
import { tokenize } from './lexer.js';
import type { Token } from './lexer.js';

export function parseFilter(text: string, schema: FieldSchema): FilterExpr {
  const parser = new FilterParser(tokenize(text), schema);
  return parser.parseAll();
}

class FilterParser {
  private position = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly schema: FieldSchema,
  ) {}

  parseAll(): FilterExpr {
    if (this.tokens.length === 0) throw fail('filter is empty');
    const expr = this.parseOr();
    const extra = this.peek();
    if (extra) throw fail(`unexpected ${describe(extra)} at position ${extra.at}`);
    return expr;
  }

  private parseOr(): FilterExpr {
    let left = this.parseAnd();
    while (this.acceptWord('or')) left = { kind: 'or', left, right: this.parseAnd() };
    return left;
  }

  private parseAnd(): FilterExpr {
    let left = this.parsePrimary();
    while (this.acceptWord('and')) left = { kind: 'and', left, right: this.parsePrimary() };
    return left;
  }

  private parsePrimary(): FilterExpr {
    const token = this.next('a condition');
    if (token.kind === 'lparen') {
      const inner = this.parseOr();
      this.expect('rparen', '")"');
      return inner;
    }
    if (token.kind !== 'word') throw fail(`expected a field name at position ${token.at}, got ${describe(token)}`);
    if ((STRING_FUNCTIONS as readonly string[]).includes(token.text) && this.peek()?.kind === 'lparen') {
      return this.parseFunction(token.text as StringFunction);
    }
    const type = this.fieldType(token.text);
    const operatorToken = this.next('a comparison operator');
    if (operatorToken.kind !== 'word' || !(COMPARISON_OPERATORS as readonly string[]).includes(operatorToken.text)) {
      throw fail(
        `expected one of ${COMPARISON_OPERATORS.join(' ')} after ${token.text}, got ${describe(operatorToken)}`,
      );
    }
    const operator = operatorToken.text as ComparisonOperator;
    const literal = this.parseLiteral();
    return {
      kind: 'compare',
      operator,
      field: token.text,
      type,
      literal: checkLiteral(token.text, type, operator, literal),
    };
  }

  private parseFunction(name: StringFunction): FilterExpr {
    this.expect('lparen', '"("');
    const fieldToken = this.next('a field name');
    if (fieldToken.kind !== 'word') throw fail(`${name}() takes a field name first`);
    if (this.fieldType(fieldToken.text) !== 'string')
      throw fail(`${name}() needs a text field, ${fieldToken.text} is not one`);
    this.expect('comma', '","');
    const argument = this.next('a string literal');
    if (argument.kind !== 'string') throw fail(`${name}() takes a quoted string as its second argument`);
    this.expect('rparen', '")"');
    return { kind: 'function', name, field: fieldToken.text, argument: argument.value };
  }

  private parseLiteral(): Literal {
    const token = this.next('a value');
    switch (token.kind) {
      case 'string':
        return { kind: 'string', value: token.value };
      case 'number':
        return { kind: 'number', value: token.value };
      case 'datetime':
        return { kind: 'datetime', ms: token.ms };
      case 'word':
        if (token.text === 'true' || token.text === 'false') return { kind: 'boolean', value: token.text === 'true' };
        if (token.text === 'null') return { kind: 'null' };
        throw fail(`expected a value at position ${token.at}, got ${describe(token)}`);
      default:
        throw fail(`expected a value at position ${token.at}, got ${describe(token)}`);
    }
  }

  private fieldType(field: string): FieldType {
    const type = this.schema[field];
    if (!type) throw fail(`unknown field "${field}"; known fields: ${Object.keys(this.schema).join(', ')}`);
    return type;
  }

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }

  private next(what: string): Token {
    const token = this.tokens[this.position];
    if (!token) throw fail(`expected ${what} but the filter ended`);
    this.position += 1;
    return token;
  }

  private expect(kind: Token['kind'], shown: string): void {
    const token = this.next(shown);
    if (token.kind !== kind) throw fail(`expected ${shown} at position ${token.at}, got ${describe(token)}`);
  }

  private acceptWord(word: string): boolean {
    const token = this.peek();
    if (token?.kind === 'word' && token.text === word) {
      this.position += 1;
      return true;
    }
    return false;
  }
}

/** Checks a literal suits the field; a quoted date-time is accepted for a date-time field. */
function checkLiteral(field: string, type: FieldType, operator: ComparisonOperator, literal: Literal): Literal {
  const equality = operator === 'eq' || operator === 'ne';
  if (literal.kind === 'null') {
    if (!equality) throw fail(`null can only be compared with eq or ne (field ${field})`);
    return literal;
  }
  if (type === 'datetime' && literal.kind === 'string') {
    const instant = parseRfc3339(literal.value);
    if (instant) return { kind: 'datetime', ms: instant.ms };
  }
  if (type === 'boolean' && !equality) throw fail(`${field} is true/false and can only be compared with eq or ne`);
  const expected: Record<FieldType, Literal['kind']> = {
    string: 'string',
    number: 'number',
    boolean: 'boolean',
    datetime: 'datetime',
  };
  if (literal.kind !== expected[type]) {
    const shape = {
      string: 'a quoted string',
      number: 'a number',
      boolean: 'true or false',
      datetime: 'a date-time such as 2026-01-01T00:00:00Z',
    }[type];
    throw fail(`${field} must be compared with ${shape}`);
  }
  return literal;
}

function describe(token: Token): string {
  switch (token.kind) {
    case 'word':
      return `"${token.text}"`;
    case 'string':
      return `'${token.value}'`;
    case 'number':
      return String(token.value);
    case 'datetime':
      return 'a date-time';
    case 'lparen':
      return '"("';
    case 'rparen':
      return '")"';
    case 'comma':
      return '","';
  }
}

function fail(message: string): SimulatorError {
  return SimulatorError.validation(`filter: ${message}`);
}
