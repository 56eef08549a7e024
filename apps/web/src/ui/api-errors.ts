import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** A server-side validation message; `field` is an input path such as `phones.0.number`. */
export interface FieldError {
  field: string;
  message: string;
}

export type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK'
  | 'UNKNOWN';

interface ApiErrorDetails {
  fields?: FieldError[];
  /** CONFLICT detail: STALE_VERSION or DUPLICATE. */
  reason?: string;
  requestId?: string;
  retryAfterSeconds?: number;
}

export class ApiError extends Error {
  readonly fields: FieldError[];
  readonly reason?: string;
  readonly requestId?: string;
  readonly retryAfterSeconds?: number;

  constructor(
    readonly code: ApiErrorCode,
    message: string,
    details: ApiErrorDetails = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.fields = details.fields ?? [];
    this.reason = details.reason;
    this.requestId = details.requestId;
    this.retryAfterSeconds = details.retryAfterSeconds;
  }
}

const KNOWN_CODES = new Set<string>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'INTERNAL_SERVER_ERROR',
]);

const CODE_BY_HTTP_STATUS: Record<number, ApiErrorCode> = {
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'TOO_MANY_REQUESTS',
};

function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function readFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { field, message } = item as Record<string, unknown>;
    return typeof field === 'string' && typeof message === 'string' ? [{ field, message }] : [];
  });
}

/**
 * A conflict about one input (a duplicate number or key) names it in `extensions.field`, with the
 * message written as "<field>: <reason>"; it is shown at that input like a validation error.
 */
function readConflictField(extensions: Record<string, unknown>, message: string): FieldError[] {
  const field = asString(extensions['field']);
  if (!field) return [];
  return [{ field, message: message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message }];
}

function fromGraphQLErrors(error: CombinedGraphQLErrors): ApiError {
  const [first] = error.errors;
  const extensions = first?.extensions ?? {};
  const code = asString(extensions['code']) ?? 'UNKNOWN';
  const retryAfter = extensions['retryAfterSeconds'];
  const message = first?.message ?? error.message;
  const fields = error.errors.flatMap((graphQLError) => readFieldErrors(graphQLError.extensions?.['fields']));
  return new ApiError(KNOWN_CODES.has(code) ? (code as ApiErrorCode) : 'UNKNOWN', message, {
    fields: fields.length > 0 ? fields : readConflictField(extensions, message),
    reason: asString(extensions['reason']),
    requestId: asString(extensions['requestId']),
    retryAfterSeconds: typeof retryAfter === 'number' ? retryAfter : undefined,
  });
}

/** Normalises anything Apollo (or fetch) may throw into one shape the UI can branch on. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (CombinedGraphQLErrors.is(error)) return fromGraphQLErrors(error);
  if (ServerError.is(error)) return fromHttpStatus(error.statusCode, error.message);
  // fetch() rejects with a TypeError when the server cannot be reached.
  if (error instanceof TypeError) return new ApiError('NETWORK', error.message);
  return new ApiError('UNKNOWN', error instanceof Error ? error.message : String(error));
}

export function fromHttpStatus(status: number, message: string): ApiError {
  const code = CODE_BY_HTTP_STATUS[status] ?? (status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'UNKNOWN');
  return new ApiError(code, message);
}

export function isUnauthenticated(error: unknown): boolean {
  return toApiError(error).code === 'UNAUTHENTICATED';
}

export function isStaleVersion(error: ApiError): boolean {
  return error.code === 'CONFLICT' && error.reason === 'STALE_VERSION';
}
