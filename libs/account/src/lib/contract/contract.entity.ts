import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDate } from '@crm/core';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn, VersionColumn } from 'typeorm';

export enum ContractStatus { DRAFT = 'DRAFT', ACTIVE = 'ACTIVE', SUSPENDED = 'SUSPENDED', EXPIRED = 'EXPIRED', TERMINATED = 'TERMINATED' }
registerEnumType(ContractStatus, { name: 'ContractStatus' });

/** bigint columns come back from pg as strings; amounts stay exact up to 2^53 minor units. */
export const minorUnits = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/** A contract with the account (ACC-3). Money is integer minor units plus an ISO currency. */
@ObjectType()
@Entity({ schema: 'account', name: 'contract' })
@Index('contract_account_idx', ['accountId', 'startsOn', 'id'])
@Index('contract_ends_on_idx', { synchronize: false })
@Unique('contract_account_number_key', ['accountId', 'number'])
export class Contract {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID) @Column({ type: 'uuid' }) accountId: string;
  @Field({ description: 'Contract number, unique per account' }) @Column({ type: 'text' }) number: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) title: string | null;
  @Field(() => ContractStatus) @Column({ type: 'text' }) status: ContractStatus;
  @Field(() => LocalDate, { nullable: true }) @Column({ type: 'date', nullable: true }) signedOn: string | null;
  @Field(() => LocalDate, { nullable: true }) @Column({ type: 'date', nullable: true }) startsOn: string | null;
  @Field(() => LocalDate, { nullable: true }) @Column({ type: 'date', nullable: true }) endsOn: string | null;
  @Field(() => Number, { nullable: true, description: 'Amount in minor units of currency (kopecks, cents)' })
  @Column({ type: 'bigint', nullable: true, transformer: minorUnits }) amount: number | null;
  @Field(() => String, { nullable: true, description: 'ISO 4217, e.g. RUB' }) @Column({ type: 'text', nullable: true }) currency: string | null;
  /** The signed copy (a scan or the document), stored like attachments; exposed as `file`. */
  @Column({ type: 'text', nullable: true }) fileName: string | null;
  @Column({ type: 'text', nullable: true }) fileMimeType: string | null;
  @Column({ type: 'integer', nullable: true }) fileSize: number | null;
  @Column({ type: 'text', nullable: true }) fileKey: string | null;
  @Column({ type: 'text', nullable: true }) fileSha256: string | null;
  @Column({ type: 'uuid', nullable: true }) createdBy: string | null;
  @Field(() => GraphQLISODateTime) @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Field(() => GraphQLISODateTime) @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @Field(() => Int) @VersionColumn() version: number;
}

@ObjectType()
export class ContractFile {
  @Field() fileName: string;
  @Field() mimeType: string;
  @Field(() => Int) size: number;
  @Field({ description: 'Same-origin download (session cookie or API key)' }) downloadUrl: string;
}
