import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Actor } from '@crm/core';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum ExportStatus { QUEUED = 'QUEUED', RUNNING = 'RUNNING', COMPLETED = 'COMPLETED', FAILED = 'FAILED' }
registerEnumType(ExportStatus, { name: 'ExportStatus' });

/** A CSV export job (contacts, accounts, …; the GraphQL name is older); only the user who asked for it may download the file. */
@ObjectType('ContactExport')
@Entity({ schema: 'contact', name: 'export' })
export class ContactExport {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'jsonb' }) actor: Actor;
  @Index('export_user_id_idx') @Column({ type: 'uuid', nullable: true }) userId: string | null;
  @Field({ description: 'What the file lists: contact or account' }) @Column({ type: 'text', default: 'contact' }) entityType: string;
  @Column({ type: 'jsonb', nullable: true }) filter: Record<string, unknown> | null;
  @Field(() => ExportStatus) @Column({ type: 'text' }) status: ExportStatus;
  @Field(() => Int, { nullable: true }) @Column({ type: 'integer', nullable: true }) totalRows: number | null;
  @Field(() => Int) @Column({ type: 'integer', default: 0 }) processedRows: number;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) error: string | null;
  @Field(() => GraphQLISODateTime) @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) @Column({ type: 'timestamptz', nullable: true }) finishedAt: Date | null;
}
