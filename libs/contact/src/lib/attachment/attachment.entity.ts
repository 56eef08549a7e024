import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A document or correspondence attached to a contact (CON-5). The file lives under DATA_DIR. */
@ObjectType()
@Entity({ schema: 'contact', name: 'attachment' })
export class ContactAttachment {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Index('attachment_contact_id_idx') @Column({ type: 'uuid' }) contactId: string;
  @Field() @Column({ type: 'text' }) fileName: string;
  @Field() @Column({ type: 'text' }) mimeType: string;
  @Field(() => Int) @Column({ type: 'integer' }) size: number;
  @Column({ type: 'text' }) storageKey: string;
  @Column({ type: 'text' }) sha256: string;
  @Column({ type: 'uuid', nullable: true }) uploadedBy: string | null;
  @Field(() => GraphQLISODateTime) @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
}
