import { Args, Context, Field, ID, InputType, Mutation, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, CurrentActor, GraphQLContext, RequirePermission, User, userLoader } from '@crm/core';
import { IsUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { ContactAttachment } from './attachment.entity';
import { downloadUrlOf } from './attachment.rules';
import { AttachmentService } from './attachment.service';

@InputType()
export class DeleteContactAttachmentInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be an attachment id' }) id: string;
}

@ObjectType()
export class DeleteContactAttachmentPayload {
  @Field(() => ID) id: string;
}

/** Uploads and downloads are REST (attachment.controller.ts); listing and deleting are GraphQL. */
@Resolver(() => ContactAttachment)
export class AttachmentResolver {
  constructor(private readonly attachments: AttachmentService, @InjectDataSource() private readonly db: DataSource) {}

  @RequirePermission('contact.update')
  @Mutation(() => DeleteContactAttachmentPayload)
  async deleteContactAttachment(@CurrentActor() actor: Actor, @Args('input') input: DeleteContactAttachmentInput): Promise<DeleteContactAttachmentPayload> {
    return { id: await this.attachments.delete(actor, input.id) };
  }

  @ResolveField(() => String, { description: 'Same-origin download link (session cookie or API key)' })
  downloadUrl(@Parent() a: ContactAttachment) {
    return downloadUrlOf(a.id);
  }

  @ResolveField(() => User, { nullable: true })
  uploadedBy(@Parent() a: ContactAttachment, @Context() ctx: GraphQLContext) {
    return a.uploadedBy ? userLoader(ctx.loaders, this.db).load(a.uploadedBy) : null;
  }
}
