import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CurrentActor, Public, RequirePermission, SignedIn } from '../access/access.decorators';
import { Actor, permissionsOf } from '../access/actor';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { GraphQLContext } from '../graphql/loaders';
import { ApiKey } from './api-key.entity';
import { CreateApiKeyInput, CreateApiKeyPayload, RevokeApiKeyInput, RevokeApiKeyPayload, SignInInput, SignInPayload, SignOutPayload } from './auth.inputs';
import { actorOf, AuthService } from './auth.service';
import { SESSION_COOKIE } from './auth.strategies';
import { teamLoader, territoryLoader, userLoader } from './user.loaders';
import { Team, Territory, User } from './user.entity';

@Resolver(() => User)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null.' })
  me(@CurrentActor() actor: Actor | null, @Context() ctx: GraphQLContext) {
    return actor?.userId ? userLoader(ctx.loaders, this.db).load(actor.userId) : null;
  }

  @Public()
  @Mutation(() => SignInPayload)
  async signIn(@Args('input') input: SignInInput, @Context() ctx: GraphQLContext): Promise<SignInPayload> {
    const { user, token, expiresAt } = await this.auth.signIn(input.email, input.password, ctx.req.ip ?? 'unknown');
    ctx.res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.http.cookieSecure,
      path: '/',
      expires: expiresAt,
    });
    ctx.req.actor = actorOf(user); // the rest of this response is read as the signed-in user
    return { user };
  }

  @Public()
  @Mutation(() => SignOutPayload)
  async signOut(@Context() ctx: GraphQLContext): Promise<SignOutPayload> {
    await this.auth.signOut(ctx.req.cookies?.[SESSION_COOKIE]);
    ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  }

  @SignedIn()
  @Mutation(() => User)
  setMyLocale(@CurrentActor() actor: Actor, @Args('locale') locale: string) {
    return this.auth.setLocale(actor, locale);
  }

  @RequirePermission('user.read')
  @Query(() => [User])
  users(@CurrentActor() actor: Actor) {
    return this.auth.listUsers(actor);
  }

  @SignedIn()
  @Query(() => [Team])
  teams() {
    return this.db.getRepository(Team).find({ order: { name: 'ASC' } });
  }

  @SignedIn()
  @Query(() => [Territory])
  territories() {
    return this.db.getRepository(Territory).find({ order: { name: 'ASC' } });
  }

  @RequirePermission('apikey.manage')
  @Query(() => [ApiKey])
  apiKeys(@CurrentActor() actor: Actor) {
    return this.auth.listApiKeys(actor);
  }

  @RequirePermission('apikey.manage')
  @Mutation(() => CreateApiKeyPayload)
  createApiKey(@CurrentActor() actor: Actor, @Args('input') input: CreateApiKeyInput) {
    return this.auth.createApiKey(actor, input);
  }

  @RequirePermission('apikey.manage')
  @Mutation(() => RevokeApiKeyPayload)
  async revokeApiKey(@CurrentActor() actor: Actor, @Args('input') input: RevokeApiKeyInput): Promise<RevokeApiKeyPayload> {
    return { apiKey: await this.auth.revokeApiKey(actor, input.id) };
  }

  @ResolveField(() => Team, { nullable: true })
  team(@Parent() user: User, @Context() ctx: GraphQLContext) {
    return user.teamId ? teamLoader(ctx.loaders, this.db).load(user.teamId) : null;
  }

  @ResolveField(() => Territory, { nullable: true })
  territory(@Parent() user: User, @Context() ctx: GraphQLContext) {
    return user.territoryId ? territoryLoader(ctx.loaders, this.db).load(user.territoryId) : null;
  }

  /** What this user may do, so the SPA offers only allowed actions (the server still checks). */
  @ResolveField(() => [String])
  permissions(@Parent() user: User, @CurrentActor() actor: Actor | null) {
    if (actor?.userId === user.id) return permissionsOf(actor);
    return [];
  }
}

@Resolver(() => ApiKey)
export class ApiKeyFieldsResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @ResolveField(() => User)
  user(@Parent() key: ApiKey, @Context() ctx: GraphQLContext) {
    return userLoader(ctx.loaders, this.db).load(key.userId);
  }
}
