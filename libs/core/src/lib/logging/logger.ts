import { LoggerService } from '@nestjs/common';
import pino, { Logger } from 'pino';
import { currentContext } from './request-context';

/**
 * JSON lines on stdout. Every line carries the request or job id from the async context. Never
 * log personal data or secrets: log ids, counts and codes; the redaction below is a safety net.
 */
export function createRootLogger(level: string): Logger {
  return pino({
    level,
    base: undefined,
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', '*.password', '*.secret', '*.token'],
      censor: '[redacted]',
    },
    mixin: () => {
      const { requestId, actorId, jobId, jobName } = currentContext();
      return { requestId, actorId, jobId, jobName };
    },
  });
}

/** Nest's start-up chatter ("dependencies initialized", "Mapped route") is debug-level detail. */
const BOOTSTRAP_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory', 'NestApplication', 'GraphQLModule']);

/** Nest's logger interface over pino, so framework and our own lines share one format. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly root: Logger) {}

  private write(level: 'info' | 'error' | 'warn' | 'debug' | 'trace', message: unknown, params: unknown[]) {
    const context = typeof params.at(-1) === 'string' ? (params.at(-1) as string) : undefined;
    if (message && typeof message === 'object') {
      const msg = typeof params[0] === 'string' && params.length > 1 ? params[0] : undefined;
      this.root[level]({ context, ...(message as object) }, msg);
    } else {
      this.root[level]({ context }, String(message));
    }
  }
  log(message: unknown, ...params: unknown[]) {
    this.write(BOOTSTRAP_CONTEXTS.has(String(params.at(-1))) ? 'debug' : 'info', message, params);
  }
  error(message: unknown, ...params: unknown[]) { this.write('error', message, params); }
  warn(message: unknown, ...params: unknown[]) { this.write('warn', message, params); }
  debug(message: unknown, ...params: unknown[]) { this.write('debug', message, params); }
  verbose(message: unknown, ...params: unknown[]) { this.write('trace', message, params); }
}
