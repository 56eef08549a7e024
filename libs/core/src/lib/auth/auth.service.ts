import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Redis from 'ioredis';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, IsNull } from 'typeorm';
import { Actor } from '../access/actor';
import { requirePermission } from '../access/access';
import { isPermission, Permission } from '../access/policy';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { NotFoundError, UnauthenticatedError, ValidationError } from '../errors/errors';
import { REDIS } from '../redis/redis';
import { ApiKey } from './api-key.entity';
import { LoginThrottle } from './login-throttle';
import { dummyPasswordHash, verifyPassword } from './password';
import { Session } from './session.entity';
import { User } from './user.entity';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const INVALID_CREDENTIALS = 'Invalid e-mail or password';
export const API_KEY_PATTERN = /^crm_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

export function actorOf(user: User, apiKey?: ApiKey): Actor {
  return {
    kind: apiKey ? 'apiKey' : 'user',
    userId: user.id,
    role: user.role,
    teamId: user.teamId,
    territoryId: user.territoryId,
    partnerAccountId: user.partnerAccountId,
    scopes: apiKey ? apiKey.scopes : null,
    apiKeyId: apiKey?.id ?? null,
  };
}

/** Sign-in, sessions and API keys. Answers never tell an unknown e-mail from a wrong password. */
@Injectable()
export class AuthService {
  private readonly throttle: LoginThrottle;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(REDIS) redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    const { loginMaxFailuresPerAccount, loginMaxFailuresPerIp, loginWindowSeconds } = config.auth;
    this.throttle = new LoginThrottle(redis, {
      keyPrefix: config.redis.queuePrefix,
      perAccount: loginMaxFailuresPerAccount,
      perIp: loginMaxFailuresPerIp,
      windowSeconds: loginWindowSeconds,
    });
  }

  async signIn(emailInput: string, password: string, ip: string): Promise<{ user: User; token: string; expiresAt: Date }> {
    const email = emailInput.trim().toLowerCase();
    await this.throttle.assertAllowed(email, ip);
    const user = await this.db.getRepository(User).findOne({ where: { email, active: true } });
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
    if (!user || !ok) {
      await this.throttle.recordFailure(email, ip);
      throw new UnauthenticatedError(INVALID_CREDENTIALS, 'INVALID_CREDENTIALS');
    }
    await this.throttle.reset(email);
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.auth.sessionTtlHours * 3600_000);
    await this.db.getRepository(Session).insert({ tokenHash: sha256(token), userId: user.id, expiresAt });
    return { user, token, expiresAt };
  }

  async signOut(token: string | undefined): Promise<void> {
    if (!token) return;
    await this.db.getRepository(Session).update({ tokenHash: sha256(token), revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** The actor behind a session cookie, or null when the session is unknown, expired or revoked. */
  async actorFromSession(token: string): Promise<{ actor: Actor; user: User } | null> {
    const row = await this.db
      .getRepository(User)
      .createQueryBuilder('u')
      .innerJoin(Session, 's', 's.user_id = u.id')
      .where('s.token_hash = :hash AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active', { hash: sha256(token) })
      .getOne();
    return row ? { actor: actorOf(row), user: row } : null;
  }

  /** The actor behind an "Authorization: Bearer crm_…" header; throws when the key is not valid. */
  async actorFromApiKey(key: string): Promise<{ actor: Actor; user: User }> {
    const match = API_KEY_PATTERN.exec(key);
    const apiKey = match ? await this.db.getRepository(ApiKey).findOne({ where: { prefix: match[1], revokedAt: IsNull() } }) : null;
    const user = apiKey && apiKey.secretHash === sha256(match![2]) ? await this.db.getRepository(User).findOne({ where: { id: apiKey.userId, active: true } }) : null;
    if (!apiKey || !user) throw new UnauthenticatedError('Invalid or revoked API key', 'INVALID_API_KEY');
    // Touch lastUsedAt at most once a minute: no write per request.
    await this.db.query(`UPDATE core.api_key SET last_used_at = now() WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`, [apiKey.id]);
    return { actor: actorOf(user, apiKey), user };
  }

  async createApiKey(actor: Actor, input: { name: string; scopes: string[]; userId?: string | null }): Promise<{ apiKey: ApiKey; secret: string }> {
    requirePermission(actor, 'apikey.manage');
    const unknown = input.scopes.filter((s) => !isPermission(s));
    if (unknown.length) throw ValidationError.field('scopes', `unknown scope(s): ${unknown.join(', ')}`);
    if (!input.scopes.length) throw ValidationError.field('scopes', 'choose at least one scope');
    const userId = input.userId ?? actor.userId;
    const owner = userId ? await this.db.getRepository(User).findOne({ where: { id: userId } }) : null;
    if (!owner) throw ValidationError.field('userId', 'no such user');
    const prefix = randomBytes(9).toString('base64url').replace(/[-_]/g, 'x').slice(0, 12);
    const secretPart = randomBytes(32).toString('base64url');
    const apiKey = await this.db.getRepository(ApiKey).save({
      name: input.name.trim(),
      prefix,
      secretHash: sha256(secretPart),
      scopes: input.scopes as Permission[],
      userId: owner.id,
      createdBy: actor.userId,
    });
    return { apiKey, secret: `crm_${prefix}_${secretPart}` };
  }

  async revokeApiKey(actor: Actor, id: string): Promise<ApiKey> {
    requirePermission(actor, 'apikey.manage');
    const repo = this.db.getRepository(ApiKey);
    const apiKey = await repo.findOne({ where: { id } });
    if (!apiKey) throw new NotFoundError('API key');
    if (!apiKey.revokedAt) {
      apiKey.revokedAt = new Date();
      await repo.save(apiKey);
    }
    return apiKey;
  }

  listApiKeys(actor: Actor): Promise<ApiKey[]> {
    requirePermission(actor, 'apikey.manage');
    return this.db.getRepository(ApiKey).find({ order: { createdAt: 'DESC' } });
  }

  async setLocale(actor: Actor, locale: string): Promise<User> {
    if (!actor.userId) throw new UnauthenticatedError();
    if (!['ru', 'en'].includes(locale)) throw ValidationError.field('locale', 'must be "ru" or "en"');
    await this.db.getRepository(User).update({ id: actor.userId }, { locale });
    return this.db.getRepository(User).findOneByOrFail({ id: actor.userId });
  }

  /** Staff for owner pickers: everyone active, names and roles only. */
  listUsers(actor: Actor): Promise<User[]> {
    requirePermission(actor, 'user.read');
    return this.db.getRepository(User).find({ where: { active: true }, order: { name: 'ASC' } });
  }
}
