import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor } from '../access/actor';

/** Records reads of personal-data fields: one set-based insert per request, values never stored. */
@Injectable()
export class ReadAuditService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async recordReads(actor: Actor, entityType: string, ids: string[], fields: string[], operation: string): Promise<void> {
    if (!ids.length || !fields.length || actor.kind === 'system') return;
    await this.db.query(
      `INSERT INTO core.read_audit (actor_kind, actor_user_id, actor_api_key_id, entity_type, entity_id, fields, operation)
       SELECT $1, $2, $3, $4, id, $6, $7 FROM unnest($5::uuid[]) AS id`,
      [actor.kind, actor.userId, actor.apiKeyId, entityType, ids, fields, operation],
    );
  }
}
