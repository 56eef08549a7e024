import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '@crm/core';
import { IsString, IsUUID, Length } from 'class-validator';
import { ContactNote } from './note.entity';

@InputType()
export class AddContactNoteInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a contact id' }) contactId: string;
  @Field() @IsString() @Length(1, 20_000) body: string;
}

@ObjectType()
export class AddContactNotePayload {
  @Field(() => ContactNote) note: ContactNote;
}

@ObjectType()
export class ContactNoteEdge {
  @Field() cursor: string;
  @Field(() => ContactNote) node: ContactNote;
}

@ObjectType()
export class ContactNoteConnection {
  @Field(() => [ContactNoteEdge]) edges: ContactNoteEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}
