import { createHash } from 'node:crypto';
import Redis from 'ioredis';
import { TooManyRequestsError } from '../errors/errors';

export interface ThrottleLimits {
  /** Namespace of our Redis keys (the queue prefix), so test runs and deployments do not share counters. */
  keyPrefix: string;
  perAccount: number;
  perIp: number;
  windowSeconds: number;
}


/**
 * Counts failed sign-ins per account and per IP in a sliding window (Redis, so it holds across
 * gateway instances). Keys are hashed: no e-mail addresses in Redis.
 */
export class LoginThrottle {
  constructor(private readonly redis: Redis, private readonly limits: ThrottleLimits) {}

  private key(kind: 'acct' | 'ip', value: string) {
    return `${this.limits.keyPrefix}:login-fail:${kind}:${createHash('sha256').update(value).digest('hex').slice(0, 32)}`;
  }

  async assertAllowed(email: string, ip: string): Promise<void> {
    const [account, fromIp] = await this.redis.mget(this.key('acct', email), this.key('ip', ip));
    if (Number(account ?? 0) >= this.limits.perAccount || Number(fromIp ?? 0) >= this.limits.perIp) {
      const ttl = Math.max(await this.redis.ttl(this.key('acct', email)), await this.redis.ttl(this.key('ip', ip)), 1);
      throw new TooManyRequestsError('Too many failed sign-in attempts; try again later', ttl);
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const multi = this.redis.multi();
    for (const k of [this.key('acct', email), this.key('ip', ip)]) multi.incr(k).expire(k, this.limits.windowSeconds);
    await multi.exec();
  }

  async reset(email: string): Promise<void> {
    await this.redis.del(this.key('acct', email));
  }
}
