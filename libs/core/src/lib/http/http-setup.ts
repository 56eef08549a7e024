import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { PinoNestLogger } from '../logging/logger';
import { GatewayModule } from './gateway.module';
import { INestApplication } from '@nestjs/common';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Actor, can } from '../access/actor';
import { authenticationMiddleware } from '../auth/auth.guard';
import { AppConfig } from '../config/app-config';
import { JobQueue } from '../jobs/job-queue.service';
import { currentContext, runWithContext } from '../logging/request-context';
import { httpDuration } from '../ops/metrics';
import cookieParser from 'cookie-parser';
import express, { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Logger as PinoLogger } from 'pino';
import pinoHttp from 'pino-http';

const REQUEST_ID = /^[\w-]{8,64}$/;

/** Everything HTTP around Nest's routes: ids and logs, security headers, limits, dashboard, SPA. */
function setUpHttp(app: INestApplication, config: AppConfig, logger: PinoLogger) {
  const http = app.getHttpAdapter().getInstance() as express.Express;
  http.disable('x-powered-by');
  http.set('trust proxy', 'loopback, linklocal, uniquelocal');

  // Request id from a trusted proxy or new; every log line and error carries it.
  app.use((req: Request, res: Response, next: NextFunction) => {
    const incoming = req.header('x-request-id');
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    (req as Request & { id: string }).id = requestId;
    res.setHeader('x-request-id', requestId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const route = req.route?.path ?? (req.path.startsWith('/api/') ? '/api/*' : req.path === '/graphql' ? '/graphql' : 'other');
      httpDuration.observe({ method: req.method, route, status: String(res.statusCode) }, Number(process.hrtime.bigint() - started) / 1e9);
    });
    runWithContext({ requestId }, next);
  });
  app.use(
    pinoHttp({
      logger,
      genReqId: (req) => (req as Request & { id: string }).id,
      // Paths only: query strings may carry search terms (personal data).
      serializers: { req: (req) => ({ id: req.id, method: req.method, url: String(req.url).split('?')[0] }), res: (res) => ({ statusCode: res.statusCode }) },
      customProps: () => ({ actorId: currentContext().actorId }),
      autoLogging: { ignore: (req) => req.url === '/health/live' || req.url === '/metrics' },
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { 'default-src': ["'self'"], 'style-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:'], 'script-src': ["'self'"] },
      },
    }),
  );
  app.enableCors({ origin: config.http.corsOrigins, credentials: true });
  app.use(cookieParser());
  app.use(authenticationMiddleware);
  // A 10 MB string is refused by the body limit with a clear 413, never a 500.
  app.use(express.json({ limit: '1mb' }));
  app.use((err: Error & { type?: string; status?: number }, _req: Request, res: Response, next: NextFunction) => {
    if (err.type === 'entity.too.large') return res.status(413).json({ errors: [{ message: 'The request is larger than 1 MB', extensions: { code: 'BAD_USER_INPUT', reason: 'REQUEST_TOO_LARGE' } }] });
    if (err.type === 'entity.parse.failed') return res.status(400).json({ errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_JSON' } }] });
    return next(err);
  });
  mountJobDashboard(app, http);
  serveSpa(http, config.http.webDist);
}

/** The BullMQ dashboard for ops: admins (session) or API keys with ops.dashboard. */
function mountJobDashboard(app: INestApplication, http: express.Express) {
  const board = new ExpressAdapter();
  board.setBasePath('/ops/queues');
  createBullBoard({ queues: app.get(JobQueue).allQueues().map((q) => new BullMQAdapter(q)), serverAdapter: board });
  http.use('/ops/queues', (req: Request & { actor?: Actor | null }, res: Response, next: NextFunction) => {
    if (!req.actor) return res.status(401).json({ error: { code: 'UNAUTHENTICATED', message: 'Sign in as an administrator first' } });
    if (!can(req.actor, 'ops.dashboard')) return res.status(403).json({ error: { code: 'FORBIDDEN', message: 'The job dashboard is for administrators' } });
    return next();
  }, board.getRouter());
}

/** The built SPA: static assets, and index.html for client-side routes. */
function serveSpa(http: express.Express, webDist: string) {
  const index = join(webDist, 'index.html');
  if (!existsSync(index)) return;
  http.use(express.static(webDist, { index: false, maxAge: '1h', setHeaders: (res, path) => path.endsWith('.html') && res.setHeader('Cache-Control', 'no-cache') }));
  http.get(/^\/(?!graphql|api\/|ops\/|health\/|metrics).*/, (req: Request, res: Response, next: NextFunction) => (req.accepts('html') ? res.sendFile(index) : next()));
}

/** Builds the gateway application: Nest + GraphQL + the HTTP layer above. Used by main.ts and API tests. */
export async function createGatewayApp(
  config: AppConfig,
  modules: Parameters<typeof GatewayModule.forRoot>[1],
  logger: PinoLogger,
  overrides: Parameters<typeof GatewayModule.forRoot>[2] = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(GatewayModule.forRoot(config, modules, overrides), {
    logger: new PinoNestLogger(logger),
    bodyParser: false,
  });
  setUpHttp(app, config, logger);
  app.enableShutdownHooks();
  return app;
}
