import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { MergeFieldChoice } from '@crm/core';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEmail, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import { Contact } from '../contact/contact.entity';

@InputType()
export class ContactDuplicateProbe {
  @Field(() => ID, { nullable: true, description: 'The contact being edited, left out of the answer' }) @IsOptional() @IsUUID('all', { message: 'must be a contact id' }) excludeId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) firstName?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) middleName?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) lastName?: string | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsEmail({}, { each: true, message: 'must be e-mail addresses' }) emails?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Any format' }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(100, { each: true }) phones?: string[] | null;
}

@ObjectType()
export class ContactDuplicateCandidate {
  @Field(() => Contact) contact: Contact;
  @Field(() => Float, { description: '0–1' }) score: number;
  @Field(() => [String], { description: 'EMAIL, PHONE, NAME' }) reasons: string[];
}

@InputType()
export class MergeContactsInput {
  @Field(() => ID, { description: 'The contact that stays' }) @IsUUID('all', { message: 'must be a contact id' }) survivorId: string;
  @Field(() => Int) @IsInt() @Min(1) survivorVersion: number;
  @Field(() => ID, { description: 'The contact merged into the survivor and removed; its code keeps resolving to the survivor' })
  @IsUUID('all', { message: 'must be a contact id' }) loserId: string;
  @Field(() => Int) @IsInt() @Min(1) loserVersion: number;
  @Field(() => [MergeFieldChoice], { nullable: true, description: 'Fields not listed keep the survivor\'s value (gaps filled from the loser); lists are joined' })
  @IsOptional() @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => MergeFieldChoice) fields?: MergeFieldChoice[] | null;
}

@ObjectType()
export class MergeContactsPayload {
  @Field(() => Contact) contact: Contact;
  @Field() loserCode: string;
}
