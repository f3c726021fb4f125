import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isPartialDate } from '../domain/partialDate';

function parse(value: unknown): string {
  if (typeof value !== 'string' || !isPartialDate(value)) {
    throw new GraphQLError(`PartialDate must be "YYYY", "YYYY-MM" or "YYYY-MM-DD", got ${JSON.stringify(value)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/**
 * A string literal is checked by the partialDateArguments validation rule, which can
 * name the argument; the scalar checks variables, and rejects literals of other kinds.
 */
export const PartialDate = new GraphQLScalarType({
  name: 'PartialDate',
  description: 'A date of year, month or day precision: "2025", "2025-02" or "2025-02-12".',
  serialize: (value) => value,
  parseValue: parse,
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? ast.value : parse(undefined)),
});
