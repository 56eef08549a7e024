import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, SignedIn } from '@crm/core';
import { ContactImport, ImportStatus } from './import.entity';
import { StartContactImportInput, StartContactImportPayload } from './import.graphql';
import { ImportService } from './import.service';

@Resolver(() => ContactImport)
export class ImportResolver {
  constructor(private readonly imports: ImportService) {}

  @SignedIn()
  @Query(() => ContactImport, { description: 'Poll it for progress while the import runs (your own imports; admins see all)' })
  contactImport(@CurrentActor() actor: Actor, @Args('id', { type: () => String }) id: string) {
    return this.imports.get(actor, id);
  }

  @SignedIn()
  @Mutation(() => StartContactImportPayload, { description: 'Starts an uploaded import of contacts or accounts; needs contact.import or account.import' })
  async startContactImport(@CurrentActor() actor: Actor, @Args('input') input: StartContactImportInput): Promise<StartContactImportPayload> {
    return { import: await this.imports.start(actor, input) };
  }

  @ResolveField(() => String, { nullable: true, description: 'CSV of rejected and skipped rows: line, field, reason, original values' })
  rejectedReportUrl(@Parent() row: ContactImport) {
    return row.status === ImportStatus.COMPLETED || row.status === ImportStatus.FAILED ? `/api/contact-imports/${row.id}/problems.csv` : null;
  }
}
