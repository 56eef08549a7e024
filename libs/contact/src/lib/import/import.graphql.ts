import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Min, ValidateNested } from 'class-validator';
import { ContactImport, CsvEncodingOption, ImportDuplicatePolicy } from './import.entity';

@InputType()
export class ImportFieldMapping {
  @Field(() => Int) @IsInt() @Min(0) column: number;
  @Field({ description: 'firstName, lastName, middleName, fullName, phone, mobilePhone, workPhone, homePhone, email, workEmail, personalEmail, birthday, position, company, description, tags, language, externalId' })
  @IsString() @Length(1, 50) field: string;
}

@InputType()
export class StartContactImportInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be an import id' }) id: string;
  @Field(() => [ImportFieldMapping]) @ArrayMinSize(1) @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => ImportFieldMapping) mapping: ImportFieldMapping[];
  @Field(() => CsvEncodingOption, { nullable: true }) @IsOptional() @IsEnum(CsvEncodingOption) encoding?: CsvEncodingOption | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 1) delimiter?: string | null;
  @Field(() => ImportDuplicatePolicy, { defaultValue: ImportDuplicatePolicy.SKIP }) @IsEnum(ImportDuplicatePolicy) onDuplicate: ImportDuplicatePolicy;
}

@ObjectType()
export class StartContactImportPayload {
  @Field(() => ContactImport) import: ContactImport;
}
