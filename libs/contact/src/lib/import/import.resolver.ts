import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, RequirePermission } from '@crm/core';
import { ContactImport, ImportStatus } from './import.entity';
import { StartContactImportInput, StartContactImportPayload } from './import.graphql';
import { ImportService } from './import.service';

@Resolver(() => ContactImport)
export class ImportResolver {
  constructor(private readonly imports: ImportService) {}

  @RequirePermission('contact.import')
  @Query(() => ContactImport, { description: 'Poll it for progress while the import runs' })
  contactImport(@CurrentActor() actor: Actor, @Args('id', { type: () => String }) id: string) {
    return this.imports.get(actor, id);
  }

  @RequirePermission('contact.import')
  @Mutation(() => StartContactImportPayload)
  async startContactImport(@CurrentActor() actor: Actor, @Args('input') input: StartContactImportInput): Promise<StartContactImportPayload> {
    return { import: await this.imports.start(actor, input) };
  }

  @ResolveField(() => String, { nullable: true, description: 'CSV of rejected and skipped rows: line, field, reason, original values' })
  rejectedReportUrl(@Parent() row: ContactImport) {
    return row.status === ImportStatus.COMPLETED || row.status === ImportStatus.FAILED ? `/api/contact-imports/${row.id}/problems.csv` : null;
  }
}
