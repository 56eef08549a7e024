import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Actor } from '../access/actor';
import { decodeCursor, encodeCursor, Page, pageSize, toPage } from '../database/keyset';
import { UnauthenticatedError } from '../errors/errors';
import { Notification } from './notification.entity';

export interface NewNotification {
  userId: string;
  kind: string;
  title: string;
  body?: string | null;
  link?: string | null;
  dedupeKey?: string | null;
}

@Injectable()
export class NotificationService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Idempotent by dedupeKey: returns false when this notification was already delivered. */
  async notify(n: NewNotification, tx: EntityManager = this.db.manager): Promise<boolean> {
    const result = await tx
      .createQueryBuilder()
      .insert()
      .into(Notification)
      .values({ userId: n.userId, kind: n.kind, title: n.title, body: n.body ?? null, link: n.link ?? null, dedupeKey: n.dedupeKey ?? null })
      .orIgnore()
      .execute();
    return (result.identifiers?.filter(Boolean).length ?? 0) > 0;
  }

  async list(actor: Actor, first: number | undefined, after: string | null | undefined, unreadOnly: boolean) {
    const userId = this.ownerOf(actor);
    const limit = pageSize(first, 20);
    const qb = this.db
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where('n.user_id = :userId', { userId })
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(limit + 1);
    if (unreadOnly) qb.andWhere('n.read_at IS NULL');
    if (after) {
      const [createdAt, id] = decodeCursor(after, 2);
      qb.andWhere('(n.created_at, n.id) < (:createdAt, :id)', { createdAt, id });
    }
    const page: Page<Notification> = toPage(await qb.getMany(), limit);
    return { ...page, cursor: (n: Notification) => encodeCursor([n.createdAt.toISOString(), n.id]) };
  }

  unreadCount(actor: Actor): Promise<number> {
    return this.db.getRepository(Notification).count({ where: { userId: this.ownerOf(actor), readAt: IsNull() } });
  }

  async markRead(actor: Actor, ids: string[] | null | undefined): Promise<number> {
    const userId = this.ownerOf(actor);
    const qb = this.db
      .createQueryBuilder()
      .update(Notification)
      .set({ readAt: () => 'now()' })
      .where('user_id = :userId AND read_at IS NULL', { userId });
    if (ids) qb.andWhere('id = ANY(:ids)', { ids });
    await qb.execute();
    return this.unreadCount(actor);
  }

  private ownerOf(actor: Actor): string {
    if (!actor.userId) throw new UnauthenticatedError();
    return actor.userId;
  }
}
