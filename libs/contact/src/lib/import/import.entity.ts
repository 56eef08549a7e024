import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Actor } from '@crm/core';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export enum ImportStatus { UPLOADED = 'UPLOADED', QUEUED = 'QUEUED', RUNNING = 'RUNNING', COMPLETED = 'COMPLETED', FAILED = 'FAILED' }
export enum ImportDuplicatePolicy { SKIP = 'SKIP', UPDATE = 'UPDATE' }
export enum CsvEncodingOption { UTF8 = 'utf8', WINDOWS_1251 = 'windows-1251', UTF16LE = 'utf16le', UTF16BE = 'utf16be' }
registerEnumType(ImportStatus, { name: 'ImportStatus' });
registerEnumType(ImportDuplicatePolicy, { name: 'ImportDuplicatePolicy' });
registerEnumType(CsvEncodingOption, { name: 'CsvEncoding' });

@ObjectType()
export class ImportColumn {
  @Field(() => Int) index: number;
  @Field() header: string;
  @Field(() => [String]) sample: string[];
  @Field(() => String, { nullable: true }) suggestedField: string | null;
}

/**
 * A CSV import of contacts or another registered record type (the GraphQL name is older). Progress counters advance in the same transaction as each batch of rows,
 * so a retried job resumes exactly where the last committed batch ended.
 */
@ObjectType('ContactImport')
@Entity({ schema: 'contact', name: 'import' })
export class ContactImport {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  /** Who started it; the job acts as this actor (ids and role only). */
  @Column({ type: 'jsonb' }) actor: Actor;
  @Index('import_user_id_idx') @Column({ type: 'uuid', nullable: true }) userId: string | null;
  @Field({ description: 'What the rows become: contact or account' }) @Column({ type: 'text', default: 'contact' }) entityType: string;
  @Field() @Column({ type: 'text' }) fileName: string;
  @Column({ type: 'text' }) storageKey: string;
  @Field(() => ImportStatus) @Column({ type: 'text' }) status: ImportStatus;
  @Field(() => CsvEncodingOption) @Column({ type: 'text' }) encoding: CsvEncodingOption;
  @Field() @Column({ type: 'text' }) delimiter: string;
  @Field(() => [ImportColumn]) @Column({ type: 'jsonb' }) columns: ImportColumn[];
  @Column({ type: 'jsonb', nullable: true }) mapping: { column: number; field: string }[] | null;
  @Field(() => ImportDuplicatePolicy) @Column({ type: 'text', default: ImportDuplicatePolicy.SKIP }) onDuplicate: ImportDuplicatePolicy;
  @Field(() => Int, { nullable: true }) @Column({ type: 'integer', nullable: true }) totalRows: number | null;
  @Field(() => Int) @Column({ type: 'integer', default: 0 }) processedRows: number;
  @Field(() => Int) @Column({ type: 'integer', default: 0 }) createdCount: number;
  @Field(() => Int) @Column({ type: 'integer', default: 0 }) updatedCount: number;
  @Field(() => Int) @Column({ type: 'integer', default: 0 }) skippedCount: number;
  @Field(() => Int) @Column({ type: 'integer', default: 0 }) rejectedCount: number;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) error: string | null;
  @Field(() => GraphQLISODateTime) @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) @Column({ type: 'timestamptz', nullable: true }) finishedAt: Date | null;
}

/** One rejected or skipped row of an import, for the downloadable report. */
@Entity({ schema: 'contact', name: 'import_problem' })
export class ContactImportProblem {
  @PrimaryColumn({ type: 'uuid' }) importId: string;
  @PrimaryColumn({ type: 'integer' }) line: number;
  @PrimaryColumn({ type: 'text' }) field: string;
  @Column({ type: 'text' }) reason: string;
  @Column({ type: 'text', array: true }) values: string[];
}
