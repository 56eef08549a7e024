import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Actor } from './actor';
import { Permission } from './policy';

export const ACCESS = 'crm:access';

/** What an endpoint requires. Every resolver method declares one; undeclared endpoints are refused. */
export type AccessDeclaration = { kind: 'public' } | { kind: 'signedIn' } | { kind: 'permission'; permission: Permission };

/** Open to anyone, signed in or not (sign-in itself, `me`). */
export const Public = () => SetMetadata(ACCESS, { kind: 'public' } satisfies AccessDeclaration);
/** Any signed-in user or API key; the service scopes the data to the actor. */
export const SignedIn = () => SetMetadata(ACCESS, { kind: 'signedIn' } satisfies AccessDeclaration);
export const RequirePermission = (permission: Permission) =>
  SetMetadata(ACCESS, { kind: 'permission', permission } satisfies AccessDeclaration);

export interface CrmRequest {
  actor?: Actor | null;
  cookies?: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  ip?: string;
  id?: string;
  method?: string;
}

export function requestOf(context: ExecutionContext): CrmRequest {
  return context.getType<string>() === 'graphql' ? GqlExecutionContext.create(context).getContext().req : context.switchToHttp().getRequest();
}

/** The authenticated actor (the guard has already refused anonymous access where it matters). */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext) => requestOf(context).actor ?? null);
