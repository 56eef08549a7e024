import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, CurrentActor, GraphQLContext, RequirePermission, User, userLoader } from '@crm/core';
import { DataSource } from 'typeorm';
import { AddContactNoteInput, AddContactNotePayload } from './note.graphql';
import { ContactNote } from './note.entity';
import { NoteService } from './note.service';

@Resolver(() => ContactNote)
export class NoteResolver {
  constructor(private readonly notes: NoteService, @InjectDataSource() private readonly db: DataSource) {}

  @RequirePermission('contact.update')
  @Mutation(() => AddContactNotePayload)
  async addContactNote(@CurrentActor() actor: Actor, @Args('input') input: AddContactNoteInput): Promise<AddContactNotePayload> {
    return { note: await this.notes.add(actor, input.contactId, input.body) };
  }

  @ResolveField(() => User, { nullable: true })
  author(@Parent() note: ContactNote, @Context() ctx: GraphQLContext) {
    return note.authorId ? userLoader(ctx.loaders, this.db).load(note.authorId) : null;
  }
}
