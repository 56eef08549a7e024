import { Field, Float, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsString, IsUUID, Length } from 'class-validator';
import { Column, DataSource, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { requirePermission, scopeCondition } from '../access/access';
import { Actor } from '../access/actor';
import { decodeCursor, encodeCursor, pageSize, toPage } from '../database/keyset';
import { NotFoundError, requireUuid, ValidationError } from '../errors/errors';
import { PageInfo } from '../graphql/connection';
import { OnJob } from '../jobs/on-job.decorator';
import { RecordTypes } from './record-types';

/** A pair of records that look like the same customer, waiting for a person to merge or dismiss it. */
@ObjectType()
@Entity({ schema: 'core', name: 'duplicate_pair' })
@Unique('duplicate_pair_key', ['entityType', 'aId', 'bId'])
@Index('duplicate_pair_open_idx', ['entityType', 'status', 'score', 'id'])
export class DuplicatePair {
  @Field(() => ID) @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id: string;
  @Field() @Column({ type: 'text' }) entityType: string;
  @Field(() => ID) @Column({ type: 'uuid' }) aId: string;
  @Field(() => ID) @Column({ type: 'uuid' }) bId: string;
  @Field(() => Float, { description: '0–1: how sure the scan is' }) @Column({ type: 'real' }) score: number;
  @Field(() => [String], { description: 'EMAIL, PHONE, NAME, INN, OGRN' }) @Column({ type: 'text', array: true }) reasons: string[];
  @Field({ description: 'OPEN, DISMISSED or MERGED' }) @Column({ type: 'text', default: 'OPEN' }) status: 'OPEN' | 'DISMISSED' | 'MERGED';
  @Field(() => GraphQLISODateTime) @Column({ type: 'timestamptz', default: () => 'now()' }) foundAt: Date;
  @Column({ type: 'uuid', nullable: true }) resolvedBy: string | null;
  @Column({ type: 'timestamptz', nullable: true }) resolvedAt: Date | null;
}

@ObjectType()
class DuplicatePairEdge {
  @Field() cursor: string;
  @Field(() => DuplicatePair) node: DuplicatePair;
}

@ObjectType()
export class DuplicatePairConnection {
  @Field(() => [DuplicatePairEdge]) edges: DuplicatePairEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}

@InputType()
export class DismissDuplicateInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a record id' }) aId: string;
  @Field(() => ID) @IsUUID('all', { message: 'must be a record id' }) bId: string;
  @Field() @IsString() @Length(1, 40) entityType: string;
}

/**
 * The duplicates review queue (ACC-6): a nightly scan per record type fills it; reviewers see
 * only pairs whose both records they may see, strongest first.
 */
@Injectable()
export class DuplicateQueue {
  constructor(@InjectDataSource() private readonly db: DataSource, private readonly types: RecordTypes) {}

  async list(actor: Actor, entityType: string, first: number, after?: string | null) {
    const type = this.typeOf(entityType);
    requirePermission(actor, type.readPermission);
    const limit = pageSize(first);
    const a = scopeCondition(actor, 'ra', type.scope);
    const b = scopeCondition(actor, 'rb', type.scope);
    // EXISTS rather than innerJoin(type.table): TypeORM reads "schema.table" as a relation path of an alias.
    const qb = this.db
      .getRepository(DuplicatePair)
      .createQueryBuilder('p')
      .where('p.entity_type = :entityType AND p.status = :open', { entityType, open: 'OPEN' })
      .andWhere(`EXISTS (SELECT 1 FROM ${type.table} ra WHERE ra.id = p.a_id AND ${a.sql})`, a.params)
      .andWhere(`EXISTS (SELECT 1 FROM ${type.table} rb WHERE rb.id = p.b_id AND ${b.sql})`, b.params)
      .orderBy('p.score', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .limit(limit + 1);
    if (after) {
      const [score, id] = decodeCursor(after, 2);
      qb.andWhere('(p.score, p.id) < (CAST(:afterScore AS real), :afterId)', { afterScore: score, afterId: id });
    }
    const page = toPage(await qb.getMany(), limit);
    return { ...page, cursor: (p: DuplicatePair) => encodeCursor([p.score, p.id]) };
  }

  /** "Not the same customer": the pair leaves the queue and later scans leave it alone. */
  async dismiss(actor: Actor, entityType: string, aId: string, bId: string): Promise<DuplicatePair> {
    const type = this.typeOf(entityType);
    requirePermission(actor, type.readPermission);
    const [first, second] = [requireUuid(aId, 'DuplicatePair'), requireUuid(bId, 'DuplicatePair')].sort();
    const scope = scopeCondition(actor, 'r', type.scope);
    const visible = await this.db
      .createQueryBuilder()
      .select('count(*)::int', 'n')
      .from(type.table, 'r')
      .where('r.id IN (:...ids)', { ids: [first, second] })
      .andWhere(scope.sql, scope.params)
      .getRawOne<{ n: number }>();
    const pair = await this.db.getRepository(DuplicatePair).findOne({ where: { entityType, aId: first, bId: second } });
    if (!pair || visible?.n !== 2) throw new NotFoundError('DuplicatePair');
    Object.assign(pair, { status: 'DISMISSED', resolvedBy: actor.userId, resolvedAt: new Date() });
    return this.db.getRepository(DuplicatePair).save(pair);
  }

  private typeOf(entityType: string) {
    const type = this.types.find(entityType);
    if (!type) throw ValidationError.field('entityType', `must be one of ${this.types.names().join(', ')}`);
    return type;
  }

  /** Adds newly found pairs and refreshes open ones; dismissed and merged pairs keep their verdict. */
  @OnJob('core.duplicates.scan')
  async scan({ entityType }: { entityType?: string }): Promise<void> {
    for (const name of entityType ? [entityType] : this.types.names()) {
      const sql = this.types.find(name)?.duplicateScan;
      if (!sql) continue;
      await this.db.query(
        `INSERT INTO core.duplicate_pair (entity_type, a_id, b_id, score, reasons)
         SELECT $1, s.a_id, s.b_id, s.score, s.reasons FROM (${sql}) s
         ON CONFLICT (entity_type, a_id, b_id) DO UPDATE SET score = excluded.score, reasons = excluded.reasons
         WHERE core.duplicate_pair.status = 'OPEN'`,
        [name],
      );
    }
  }
}
