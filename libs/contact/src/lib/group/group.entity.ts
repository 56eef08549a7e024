import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { JsonValue } from '@crm/core';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export enum ContactGroupKind { STATIC = 'STATIC', DYNAMIC = 'DYNAMIC' }
registerEnumType(ContactGroupKind, { name: 'ContactGroupKind' });

/** CON-4: a static list of contacts, or a dynamic group whose members are whoever matches saved criteria. */
@ObjectType()
@Entity({ schema: 'contact', name: 'group' })
export class ContactGroup {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field() @Column({ type: 'text' }) name: string;
  @Field(() => ContactGroupKind) @Column({ type: 'text' }) kind: ContactGroupKind;
  /** A ContactFilter, validated when saved. */
  @Field(() => JsonValue, { nullable: true }) @Column({ type: 'jsonb', nullable: true }) criteria: Record<string, unknown> | null;
  @Column({ type: 'uuid', nullable: true }) createdBy: string | null;
  @Field(() => GraphQLISODateTime) @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

@Entity({ schema: 'contact', name: 'group_member' })
@Index('group_member_contact_id_idx', ['contactId'])
export class ContactGroupMember {
  @PrimaryColumn({ type: 'uuid' }) groupId: string;
  @PrimaryColumn({ type: 'uuid' }) contactId: string;
}
