import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { LocalDate } from '@crm/core';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A contact's place in an account (ACC-1): role and position; a contact may belong to several accounts. */
@ObjectType()
@Entity({ schema: 'account', name: 'account_contact' })
@Index('account_contact_contact_id_idx', ['contactId'])
export class AccountContact {
  @Field(() => ID) @PrimaryColumn({ type: 'uuid' }) accountId: string;
  @Field(() => ID) @PrimaryColumn({ type: 'uuid' }) contactId: string;
  @Field(() => String, { nullable: true, description: 'Role in the relationship, e.g. decision maker, accountant' }) @Column({ type: 'text', nullable: true }) role: string | null;
  @Field(() => String, { nullable: true, description: 'Job title in this account' }) @Column({ type: 'text', nullable: true }) position: string | null;
  @Field({ description: 'The main contact person of the account' }) @Column({ type: 'boolean', default: false }) isPrimary: boolean;
  @Field(() => LocalDate, { nullable: true }) @Column({ type: 'date', nullable: true }) since: string | null;
  @Field(() => GraphQLISODateTime) @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
