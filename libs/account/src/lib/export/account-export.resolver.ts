import { Args, Field, InputType, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, RequirePermission } from '@crm/core';
import { ContactExport, ExportService } from '@crm/contact';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { AccountFilter } from '../account/account.inputs';

@InputType()
export class ExportAccountsInput {
  @Field(() => AccountFilter, { nullable: true, description: 'Any list filter, including segmentId' })
  @IsOptional() @ValidateNested() @Type(() => AccountFilter) filter?: AccountFilter | null;
}

@ObjectType()
export class ExportAccountsPayload {
  @Field(() => ContactExport, { description: 'Poll contactExport(id) for progress; download from downloadUrl' }) export: ContactExport;
}

@Resolver()
export class AccountExportResolver {
  constructor(private readonly exports: ExportService) {}

  @RequirePermission('account.export')
  @Mutation(() => ExportAccountsPayload)
  async exportAccounts(@CurrentActor() actor: Actor, @Args('input') input: ExportAccountsInput): Promise<ExportAccountsPayload> {
    return { export: await this.exports.start(actor, 'account', input.filter) };
  }
}
