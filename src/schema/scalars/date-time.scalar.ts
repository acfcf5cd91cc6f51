import { GraphQLScalarType, Kind } from 'graphql';
import { DateTimeFormatError, type DateTimeValue, isDateTimeText, parseDateTime } from '../../domain/date-time.js';
import { ErrorCode } from '../../errors/error-code.js';
import { GatewayError } from '../../errors/gateway-error.js';
import { InvalidInputValue } from '../../errors/invalid-input-value.js';

function parseInput(value: unknown): DateTimeValue {
  if (typeof value !== 'string') {
    throw new InvalidInputValue(
      `DateTime must be a string such as 2025-09-28T00:00:00-04:00, got ${JSON.stringify(value)}`,
    );
  }
  try {
    return parseDateTime(value);
  } catch (error) {
    if (error instanceof DateTimeFormatError) throw new InvalidInputValue(`DateTime ${error.message}`);
    throw error;
  }
}

/**
 * Input is parsed into a DateTimeValue (instant plus offset) and rejected without an explicit
 * offset. Output is Dataflow's own text, passed through with its offset, after a format check.
 */
export const DateTimeScalar = new GraphQLScalarType<DateTimeValue, string>({
  name: 'DateTime',
  description:
    'RFC 3339 date-time with an explicit offset, e.g. 2025-09-28T00:00:00-04:00. Input without an offset is rejected.',
  serialize(value: unknown): string {
    if (typeof value === 'string' && isDateTimeText(value)) return value;
    if (value !== null && typeof value === 'object' && 'text' in value) return (value as DateTimeValue).text;
    throw new GatewayError(
      ErrorCode.UPSTREAM_ERROR,
      `Dataflow sent a date-time that is not RFC 3339: ${JSON.stringify(value)}`,
    );
  },
  parseValue: parseInput,
  parseLiteral(ast): DateTimeValue {
    if (ast.kind !== Kind.STRING) {
      throw new InvalidInputValue('DateTime must be a string such as 2025-09-28T00:00:00-04:00');
    }
    return parseInput(ast.value);
  },
});
