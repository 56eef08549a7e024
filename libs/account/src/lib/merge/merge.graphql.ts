import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { MergeFieldChoice } from '@crm/core';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEmail, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import { Account } from '../account/account.entity';

@InputType()
export class AccountDuplicateProbe {
  @Field(() => ID, { nullable: true, description: 'The account being edited, left out of the answer' }) @IsOptional() @IsUUID('all', { message: 'must be an account id' }) excludeId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300) name?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(30) inn?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(30) ogrn?: string | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsEmail({}, { each: true, message: 'must be e-mail addresses' }) emails?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Any format' }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(100, { each: true }) phones?: string[] | null;
}

@ObjectType()
export class AccountDuplicateCandidate {
  @Field(() => Account) account: Account;
  @Field(() => Float, { description: '0–1' }) score: number;
  @Field(() => [String], { description: 'INN, OGRN, EMAIL, PHONE, NAME' }) reasons: string[];
}

@InputType()
export class MergeAccountsInput {
  @Field(() => ID, { description: 'The account that stays' }) @IsUUID('all', { message: 'must be an account id' }) survivorId: string;
  @Field(() => Int) @IsInt() @Min(1) survivorVersion: number;
  @Field(() => ID, { description: 'The account merged into the survivor and removed; its code keeps resolving to the survivor' })
  @IsUUID('all', { message: 'must be an account id' }) loserId: string;
  @Field(() => Int) @IsInt() @Min(1) loserVersion: number;
  @Field(() => [MergeFieldChoice], { nullable: true, description: 'Fields not listed keep the survivor\'s value (gaps filled from the loser); lists are joined' })
  @IsOptional() @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => MergeFieldChoice) fields?: MergeFieldChoice[] | null;
}

@ObjectType()
export class MergeAccountsPayload {
  @Field(() => Account) account: Account;
  @Field() loserCode: string;
}
