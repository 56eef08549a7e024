import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Injectable } from '@nestjs/common';
import { IsEnum, IsString, Length } from 'class-validator';
import { Column, Entity, EntityManager, Index, PrimaryColumn } from 'typeorm';
import { Actor } from '../access/actor';

/**
 * A record merged into another (ACC-6). The loser's row is gone, but its id, customer code and
 * timeline live on through this alias: codes still resolve and the survivor's timeline includes
 * the loser's events. Chains are flattened (A→B, B→C becomes A→C, B→C).
 */
@Entity({ schema: 'core', name: 'merged_record' })
@Index('merged_record_survivor_id_idx', ['survivorId'])
@Index('merged_record_code_idx', ['loserCode'])
export class MergedRecord {
  @PrimaryColumn({ type: 'uuid' }) loserId: string;
  @Column({ type: 'text' }) entityType: string;
  @Column({ type: 'uuid' }) survivorId: string;
  @Column({ type: 'text' }) loserCode: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) mergedAt: Date;
  @Column({ type: 'uuid', nullable: true }) mergedBy: string | null;
}

/** Moves one module's records from the loser to the survivor, inside the merge transaction, as `actor`. */
export type MergeParticipant = (tx: EntityManager, loser: { id: string; code: string }, survivorId: string, actor: Actor) => Promise<void>;

/**
 * Every module registers how to move its records that point at a contact or an account (notes,
 * links, contracts, later deals and tickets), so a merge moves everything without the merging
 * module knowing the others (module DAG).
 */
@Injectable()
export class MergeParticipants {
  private readonly byType = new Map<string, { name: string; move: MergeParticipant }[]>();

  register(entityType: string, name: string, move: MergeParticipant): void {
    this.byType.set(entityType, [...(this.byType.get(entityType) ?? []), { name, move }]);
  }

  /** Runs every participant, then records the alias and flattens older aliases onto the survivor. */
  async merge(tx: EntityManager, entityType: string, loser: { id: string; code: string }, survivorId: string, actor: Actor): Promise<void> {
    for (const participant of this.byType.get(entityType) ?? []) await participant.move(tx, loser, survivorId, actor);
    await tx.query(`UPDATE core.merged_record SET survivor_id = $1 WHERE entity_type = $2 AND survivor_id = $3`, [survivorId, entityType, loser.id]);
    await tx.insert(MergedRecord, { loserId: loser.id, entityType, survivorId, loserCode: loser.code, mergedBy: actor.userId });
    await tx.query(`UPDATE core.duplicate_pair SET status = 'MERGED', resolved_at = now() WHERE entity_type = $1 AND status = 'OPEN' AND $2 IN (a_id, b_id)`, [entityType, loser.id]);
  }
}

/** The survivor of a merged record's customer code, or null. */
export async function survivorOfCode(tx: EntityManager, code: string): Promise<{ entityType: string; survivorId: string } | null> {
  const [row] = await tx.query(`SELECT entity_type AS "entityType", survivor_id AS "survivorId" FROM core.merged_record WHERE loser_code = $1`, [code]);
  return row ?? null;
}

export enum MergeSource { SURVIVOR = 'SURVIVOR', LOSER = 'LOSER', BOTH = 'BOTH' }
registerEnumType(MergeSource, { name: 'MergeSource', description: 'Which record\'s value survives; BOTH joins list fields (phones, e-mails, tags…)' });

@InputType()
export class MergeFieldChoice {
  @Field({ description: 'A field name (e.g. birthday, phones) or custom.<key>' }) @IsString() @Length(1, 60) field: string;
  @Field(() => MergeSource) @IsEnum(MergeSource) from: MergeSource;
}

@ObjectType()
export class MergeFieldChoiceEntry {
  @Field() field: string;
  @Field(() => MergeSource) from: MergeSource;
}

@ObjectType()
export class MergeResultSummary {
  @Field(() => ID) survivorId: string;
  @Field(() => ID) loserId: string;
  @Field() loserCode: string;
}

const isEmpty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * What makes two list items the same, as the modules' own rules see it: a phone by its number, an
 * e-mail by its address (whatever their kind), text case-insensitively (tags), anything else whole.
 */
function identity(x: unknown): string {
  if (typeof x === 'string') return `text:${x.toLowerCase()}`;
  const o = (x ?? {}) as Record<string, unknown>;
  if (typeof o.number === 'string') return `number:${o.number}`;
  if (typeof o.address === 'string') return `address:${o.address}`;
  return JSON.stringify(x);
}

/** Joins two lists without repeats (by identity); the first list's item wins. */
function union(a: unknown[], b: unknown[]): unknown[] {
  const seen = new Set(a.map(identity));
  return [...a, ...b.filter((x) => !seen.has(identity(x)) && !!seen.add(identity(x)))];
}

/**
 * The merged values: each field from the chosen side. Without a choice the survivor's value wins
 * and gaps are filled from the loser; lists are joined. Custom values are fields "custom.<key>".
 */
export function mergeRecordValues<T extends object>(
  survivor: T,
  loser: T,
  custom: { survivor: Record<string, unknown>; loser: Record<string, unknown> },
  choices: { field: string; from: MergeSource }[],
  fields: { scalars: readonly string[]; lists: readonly string[] },
): { values: T; custom: Record<string, unknown>; problems: { field: string; message: string }[] } {
  const problems: { field: string; message: string }[] = [];
  const values = { ...survivor } as Record<string, unknown>;
  const s = survivor as Record<string, unknown>;
  const l = loser as Record<string, unknown>;
  const mergedCustom: Record<string, unknown> = { ...custom.survivor };
  const chosen = new Map<string, MergeSource>();
  choices.forEach((c, i) => {
    const known = fields.scalars.includes(c.field) || fields.lists.includes(c.field) || (c.field.startsWith('custom.') && (c.field.slice(7) in custom.survivor || c.field.slice(7) in custom.loser));
    if (!known) problems.push({ field: `fields.${i}.field`, message: `cannot merge ${JSON.stringify(c.field)}` });
    else if (c.from === MergeSource.BOTH && !fields.lists.includes(c.field)) problems.push({ field: `fields.${i}.from`, message: 'BOTH only joins list fields' });
    else chosen.set(c.field, c.from);
  });
  for (const f of fields.scalars) {
    const from = chosen.get(f);
    values[f] = from === MergeSource.LOSER ? l[f] : from === MergeSource.SURVIVOR ? s[f] : isEmpty(s[f]) ? l[f] : s[f];
  }
  for (const f of fields.lists) {
    const from = chosen.get(f) ?? MergeSource.BOTH;
    values[f] = from === MergeSource.LOSER ? l[f] : from === MergeSource.SURVIVOR ? s[f] : union((s[f] as unknown[]) ?? [], (l[f] as unknown[]) ?? []);
  }
  for (const key of new Set([...Object.keys(custom.survivor), ...Object.keys(custom.loser)])) {
    const from = chosen.get(`custom.${key}`);
    const value = from === MergeSource.LOSER ? custom.loser[key] : from === MergeSource.SURVIVOR ? custom.survivor[key] : isEmpty(custom.survivor[key]) ? custom.loser[key] : custom.survivor[key];
    if (isEmpty(value)) delete mergedCustom[key];
    else mergedCustom[key] = value;
  }
  return { values: values as T, custom: mergedCustom, problems };
}
