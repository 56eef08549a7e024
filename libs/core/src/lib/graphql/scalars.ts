import { CustomScalar, Scalar } from '@nestjs/graphql';
import { GraphQLError, Kind, ValueNode } from 'graphql';

/** A calendar date without time zone, "YYYY-MM-DD" (birthdays, key dates). */
export class LocalDate {
  constructor(readonly value: string) {}
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidLocalDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

function parse(value: unknown): string {
  if (typeof value !== 'string' || !isValidLocalDate(value)) throw new GraphQLError('Date must be a real calendar date written as YYYY-MM-DD');
  return value;
}

@Scalar('Date', () => LocalDate)
export class DateScalar implements CustomScalar<string, string> {
  description = 'Calendar date, YYYY-MM-DD';
  parseValue(value: unknown) {
    return parse(value);
  }
  serialize(value: unknown) {
    return typeof value === 'string' ? value : String(value);
  }
  parseLiteral(ast: ValueNode) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Date must be a string YYYY-MM-DD');
    return parse(ast.value);
  }
}

/** Any JSON value (field values before/after a change, saved criteria). */
export class JsonValue {}

@Scalar('JSON', () => JsonValue)
export class JsonScalar implements CustomScalar<unknown, unknown> {
  description = 'Any JSON value';
  parseValue(value: unknown) {
    return value;
  }
  serialize(value: unknown) {
    return value;
  }
  parseLiteral(ast: ValueNode): unknown {
    switch (ast.kind) {
      case Kind.STRING:
      case Kind.BOOLEAN:
        return ast.value;
      case Kind.INT:
      case Kind.FLOAT:
        return Number(ast.value);
      case Kind.NULL:
        return null;
      case Kind.LIST:
        return ast.values.map((v) => this.parseLiteral(v));
      case Kind.OBJECT:
        return Object.fromEntries(ast.fields.map((f) => [f.name.value, this.parseLiteral(f.value)]));
      default:
        throw new GraphQLError('Variables are not supported inside JSON literals');
    }
  }
}
