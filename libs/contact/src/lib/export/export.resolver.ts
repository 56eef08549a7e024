import { Args, Field, InputType, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, RequirePermission, SignedIn } from '@crm/core';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { ContactFilter } from '../contact/contact.inputs';
import { ContactExport, ExportStatus } from './export.entity';
import { ExportService } from './export.service';

@InputType()
export class ExportContactsInput {
  @Field(() => ContactFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => ContactFilter) filter?: ContactFilter | null;
}

@ObjectType()
export class ExportContactsPayload {
  @Field(() => ContactExport) export: ContactExport;
}

@Resolver(() => ContactExport)
export class ExportResolver {
  constructor(private readonly exports: ExportService) {}

  @RequirePermission('contact.export')
  @Mutation(() => ExportContactsPayload)
  async exportContacts(@CurrentActor() actor: Actor, @Args('input') input: ExportContactsInput): Promise<ExportContactsPayload> {
    return { export: await this.exports.start(actor, 'contact', input.filter) };
  }

  @SignedIn()
  @Query(() => ContactExport, { description: 'An export of contacts or accounts you asked for; poll it for progress' })
  contactExport(@CurrentActor() actor: Actor, @Args('id', { type: () => String }) id: string) {
    return this.exports.get(actor, id);
  }

  @ResolveField(() => String, { nullable: true })
  downloadUrl(@Parent() row: ContactExport) {
    return row.status === ExportStatus.COMPLETED ? `/api/contact-exports/${row.id}/file` : null;
  }
}
