import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { LocalDate } from '@crm/core';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, Min } from 'class-validator';
import { Contract, ContractStatus } from './contract.entity';

@InputType({ isAbstract: true })
abstract class ContractFieldsInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 100) number?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) title?: string | null;
  @Field(() => ContractStatus, { nullable: true }) @IsOptional() @IsEnum(ContractStatus) status?: ContractStatus | null;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() @IsString() signedOn?: string | null;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() @IsString() startsOn?: string | null;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() @IsString() endsOn?: string | null;
  @Field(() => Number, { nullable: true, description: 'Minor units (kopecks, cents), a whole number' }) @IsOptional() amount?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(/^[A-Z]{3}$/, { message: 'must be an ISO currency code such as RUB' }) currency?: string | null;
}

@InputType()
export class CreateContractInput extends ContractFieldsInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be an account id' }) accountId: string;
}

@InputType()
export class UpdateContractInput extends ContractFieldsInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a contract id' }) id: string;
  @Field(() => Int) @IsInt() @Min(1) expectedVersion: number;
}

@InputType()
export class DeleteContractInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a contract id' }) id: string;
}

@ObjectType()
export class ContractPayload {
  @Field(() => Contract) contract: Contract;
}

@ObjectType()
export class DeleteContractPayload {
  @Field(() => ID) id: string;
}
