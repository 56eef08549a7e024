import { Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ConflictError, DomainError, ValidationError } from '../errors/errors';
import { currentContext } from '../logging/request-context';

const logger = new Logger('GraphQL');

/** Codes GraphQL itself produces for malformed requests: reported as bad input with its message. */
const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE']);

function findDomainError(error: unknown): DomainError | undefined {
  let current = error as { originalError?: unknown } | undefined;
  for (let depth = 0; current && depth < 5; depth++) {
    if (current instanceof DomainError) return current;
    current = current.originalError as typeof current;
  }
  return undefined;
}

/**
 * graphql-js reports a bad variable as 'Variable "$i" got invalid value … at "i.phones[0].kind"; why'.
 * Turned into the same field path as our own validation ("phones.0.kind"), so clients show it at the field.
 */
function variableField(message: string): { field: string; message: string }[] | undefined {
  const match = /^Variable "\$\w+" got invalid value .* at "\w+\.([^"]+)"; (.*)$/s.exec(message);
  return match ? [{ field: match[1].replace(/\[(\d+)\]/g, '.$1'), message: match[2] }] : undefined;
}

/**
 * The single mapping from errors to what clients see: a stable extensions.code, per-field
 * details, the request id. Never a stack trace or SQL; unexpected errors are logged once here.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const requestId = currentContext().requestId;
  const domain = findDomainError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (domain) {
    return {
      ...base,
      message: domain.message,
      extensions: {
        code: domain.code,
        reason: domain.reason,
        ...(domain instanceof ValidationError ? { fields: domain.fields } : {}),
        // A conflict about one input ("this key is taken") names it like a validation problem does.
        ...(domain instanceof ConflictError && typeof domain.details.field === 'string' ? { fields: [{ field: domain.details.field, message: domain.message.replace(/^[\w.]+: /, '') }] } : {}),
        ...domain.details,
        requestId,
      },
    };
  }
  const code = String(formatted.extensions?.code ?? '');
  const isRequestError = REQUEST_ERROR_CODES.has(code) || (error instanceof GraphQLError && !error.originalError && !error.path);
  if (isRequestError) {
    const fields = variableField(formatted.message);
    return { ...base, extensions: { code: 'BAD_USER_INPUT', reason: code || 'INVALID_REQUEST', ...(fields ? { fields } : {}), requestId } };
  }
  const original = (error as GraphQLError)?.originalError ?? error;
  logger.error({ err: original instanceof Error ? { name: original.name, message: original.message, stack: original.stack } : String(original), path: formatted.path }, 'unexpected error');
  return {
    message: `Unexpected error. Quote request id ${requestId ?? 'n/a'} when reporting it.`,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  };
}
