import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { ContactFilter } from '../contact/contact.inputs';
import { ContactGroup, ContactGroupKind } from './group.entity';

@InputType()
export class CreateContactGroupInput {
  @Field() @IsString() @Length(1, 200) name: string;
  @Field(() => ContactGroupKind) @IsEnum(ContactGroupKind) kind: ContactGroupKind;
  @Field(() => ContactFilter, { nullable: true, description: 'Required for DYNAMIC groups' })
  @IsOptional() @ValidateNested() @Type(() => ContactFilter) criteria?: ContactFilter | null;
}

@InputType()
export class UpdateContactGroupInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a group id' }) id: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 200) name?: string | null;
  @Field(() => ContactFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => ContactFilter) criteria?: ContactFilter | null;
}

@InputType()
export class DeleteContactGroupInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a group id' }) id: string;
}

@InputType()
export class ChangeGroupMembersInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a group id' }) groupId: string;
  @Field(() => [ID]) @ArrayMinSize(1) @ArrayMaxSize(1000) @IsUUID('all', { each: true, message: 'must be contact ids' }) contactIds: string[];
}

@ObjectType()
export class ContactGroupPayload {
  @Field(() => ContactGroup) group: ContactGroup;
}

@ObjectType()
export class DeleteContactGroupPayload {
  @Field(() => ID) id: string;
}
