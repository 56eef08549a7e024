import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import passport from 'passport';
import { ACCESS, AccessDeclaration, CrmRequest, requestOf } from '../access/access.decorators';
import { requirePermission } from '../access/access';
import { Actor } from '../access/actor';
import { ForbiddenError, UnauthenticatedError } from '../errors/errors';
import { currentContext } from '../logging/request-context';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Identifies the actor of every HTTP request before any route or GraphQL runs (so introspection
 * and limits know who asks): the API key strategy when an Authorization header is present, else
 * the session cookie. A bad key is remembered and refused by the guard.
 */
export function authenticationMiddleware(req: CrmRequest & { authError?: unknown }, res: unknown, next: (err?: unknown) => void) {
  passport.authenticate(['crm-api-key', 'crm-session'], { session: false }, (err: unknown, actor: Actor | false) => {
    req.actor = actor || null;
    req.authError = err ?? undefined;
    currentContext().actorId = req.actor?.userId ?? null;
    next();
  })(req, res, next);
}

/**
 * The global guard: enforces the endpoint's declared access for the actor identified above.
 * Undeclared endpoints are refused (default deny); a test also fails the build for them.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const declaration = this.reflector.getAllAndOverride<AccessDeclaration | undefined>(ACCESS, [context.getHandler(), context.getClass()]);
    const req = requestOf(context) as CrmRequest & { authError?: unknown };
    if (context.getType<string>() === 'http') this.assertCsrfSafe(req);
    if (!declaration) throw new ForbiddenError('Endpoint has no access declaration', 'UNDECLARED_ACCESS');
    if (declaration.kind === 'public') return true;
    if (req.authError) throw req.authError;
    if (!req.actor) throw new UnauthenticatedError();
    if (declaration.kind === 'permission') requirePermission(req.actor, declaration.permission);
    return true;
  }

  /**
   * Cookie-authenticated REST writes must carry a custom header, which a cross-site form cannot
   * send and a cross-site script cannot send without a CORS preflight we refuse. GraphQL gets the
   * same protection from Apollo's CSRF prevention.
   */
  private assertCsrfSafe(req: ReturnType<typeof requestOf>) {
    if (!req.actor || req.actor.kind !== 'user' || SAFE_METHODS.has(req.method ?? 'GET')) return;
    if (!req.headers['x-crm-csrf']) throw new ForbiddenError('Missing x-crm-csrf header', 'CSRF');
  }
}

