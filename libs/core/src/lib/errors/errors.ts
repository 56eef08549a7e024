/**
 * Domain error categories. Domain code throws these; one mapper (graphql/format-error.ts) turns
 * them into `extensions.code`. Never throw HTTP exceptions from services.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS';

export interface FieldProblem {
  /** Path of the input field, e.g. "phones.0.number". */
  field: string;
  message: string;
}

export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  constructor(
    message: string,
    /** Stable machine-readable reason, e.g. CONTACT_STALE_VERSION. */
    readonly reason: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends DomainError {
  readonly code = 'BAD_USER_INPUT';
  constructor(readonly fields: FieldProblem[], reason = 'VALIDATION_FAILED') {
    super(fields.map((f) => `${f.field}: ${f.message}`).join('; '), reason);
  }
  static field(field: string, message: string, reason?: string) {
    return new ValidationError([{ field, message }], reason);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (id: string): boolean => UUID.test(id);

/** Ids come from URLs and clients: a malformed one simply finds nothing. */
export function requireUuid(id: string, entity: string): string {
  if (!isUuid(id)) throw new NotFoundError(entity);
  return id;
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
  constructor(entity: string, reason = 'NOT_FOUND') {
    super(`${entity} not found`, reason, { entity });
  }
}

export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN';
  constructor(message = 'You do not have permission to do this', reason = 'FORBIDDEN') {
    super(message, reason);
  }
}

export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED';
  constructor(message = 'Sign in first', reason = 'UNAUTHENTICATED') {
    super(message, reason);
  }
}

export class ConflictError extends DomainError {
  readonly code = 'CONFLICT';
}

export class StaleVersionError extends ConflictError {
  constructor(entity: string, currentVersion: number) {
    super(`${entity} was changed by someone else; reload and try again`, 'STALE_VERSION', { currentVersion });
  }
}

export class TooManyRequestsError extends DomainError {
  readonly code = 'TOO_MANY_REQUESTS';
  constructor(message: string, retryAfterSeconds: number) {
    super(message, 'RATE_LIMITED', { retryAfterSeconds });
  }
}
