import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A note on a contact (CON-5). */
@ObjectType()
@Entity({ schema: 'contact', name: 'note' })
@Index('note_contact_idx', ['contactId', 'createdAt', 'id'])
export class ContactNote {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) contactId: string;
  @Column({ type: 'uuid', nullable: true }) authorId: string | null;
  @Field() @Column({ type: 'text' }) body: string;
  @Field(() => GraphQLISODateTime) @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  @Field(() => GraphQLISODateTime) @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt: Date;
}
