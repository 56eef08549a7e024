import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-custom';
import { CrmRequest } from '../access/access.decorators';
import { AuthService } from './auth.service';

export const SESSION_COOKIE = 'crm_session';

/** API keys come only from "Authorization: Bearer crm_…" — never from a cookie or the query string. */
@Injectable()
export class ApiKeyStrategy extends PassportStrategy(Strategy, 'crm-api-key') {
  constructor(private readonly auth: AuthService) {
    super();
  }
  async validate(req: CrmRequest) {
    const header = req.headers.authorization;
    if (typeof header !== 'string') return null;
    const [scheme, key] = header.split(' ');
    const { actor } = await this.auth.actorFromApiKey(scheme?.toLowerCase() === 'bearer' ? (key ?? '') : '');
    return actor;
  }
}

@Injectable()
export class SessionStrategy extends PassportStrategy(Strategy, 'crm-session') {
  constructor(private readonly auth: AuthService) {
    super();
  }
  async validate(req: CrmRequest) {
    const token = req.cookies?.[SESSION_COOKIE];
    if (!token) return null;
    return (await this.auth.actorFromSession(token))?.actor ?? null;
  }
}
