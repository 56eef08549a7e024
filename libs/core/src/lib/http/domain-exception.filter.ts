import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { DomainError, ValidationError } from '../errors/errors';
import { currentContext } from '../logging/request-context';
import type { Response } from 'express';

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, TOO_MANY_REQUESTS: 429,
};

/**
 * REST endpoints (uploads, downloads) answer errors with the same codes as GraphQL:
 * {"error": {"code", "reason", "message", "fields", "requestId"}}. GraphQL errors pass through
 * to formatGraphQLError.
 */
@Catch()
export class DomainExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<string>() === 'graphql') return exception; // GraphQL errors are shaped by formatGraphQLError
    const res = host.switchToHttp().getResponse<Response>();
    const requestId = currentContext().requestId;
    if (exception instanceof DomainError) {
      return res.status(STATUS[exception.code] ?? 400).json({
        error: {
          code: exception.code, reason: exception.reason, message: exception.message,
          ...(exception instanceof ValidationError ? { fields: exception.fields } : {}), requestId,
        },
      });
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = status === 404 ? 'NOT_FOUND' : status === 413 ? 'BAD_USER_INPUT' : status < 500 ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR';
      const message = status === 413 ? 'The file or request is too large' : exception.message;
      return res.status(status).json({ error: { code, message, requestId } });
    }
    this.logger.error({ err: exception instanceof Error ? { message: exception.message, stack: exception.stack } : String(exception) }, 'unexpected error');
    return res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: `Unexpected error. Quote request id ${requestId} when reporting it.`, requestId } });
  }
}
