import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { LocalDate } from '@crm/core';
import { IsBoolean, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { AccountContact } from './account-contact.entity';

@InputType()
export class LinkContactInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be an account id' }) accountId: string;
  @Field(() => ID) @IsUUID('all', { message: 'must be a contact id' }) contactId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) role?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) position?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() isPrimary?: boolean | null;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() @IsString() since?: string | null;
}

@InputType()
export class UnlinkContactInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be an account id' }) accountId: string;
  @Field(() => ID) @IsUUID('all', { message: 'must be a contact id' }) contactId: string;
}

@ObjectType()
export class AccountContactPayload {
  @Field(() => AccountContact) link: AccountContact;
}

@ObjectType()
export class UnlinkContactPayload {
  @Field(() => ID) accountId: string;
  @Field(() => ID) contactId: string;
}
