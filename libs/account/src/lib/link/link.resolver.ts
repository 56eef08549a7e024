import { Args, Context, Info, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, byKey, CurrentActor, GraphQLContext, requestedFields, RequirePermission } from '@crm/core';
import { Contact, ContactService } from '@crm/contact';
import { GraphQLResolveInfo } from 'graphql';
import { Account } from '../account/account.entity';
import { accountLoader } from '../account/account.field-resolvers';
import { AccountService } from '../account/account.service';
import { AccountContact } from './account-contact.entity';
import { AccountContactPayload, LinkContactInput, UnlinkContactInput, UnlinkContactPayload } from './link.inputs';
import { LinkService } from './link.service';

@Resolver(() => AccountContact)
export class LinkResolver {
  constructor(private readonly links: LinkService, private readonly accounts: AccountService, private readonly contacts: ContactService) {}

  @RequirePermission('account.update')
  @Mutation(() => AccountContactPayload, { description: 'Link a contact to an account, or change the link\'s role, position or primary flag' })
  async linkContactToAccount(@CurrentActor() actor: Actor, @Args('input') input: LinkContactInput): Promise<AccountContactPayload> {
    return { link: await this.links.link(actor, input) };
  }

  @RequirePermission('account.update')
  @Mutation(() => UnlinkContactPayload)
  async unlinkContactFromAccount(@CurrentActor() actor: Actor, @Args('input') input: UnlinkContactInput): Promise<UnlinkContactPayload> {
    await this.links.unlink(actor, input.accountId, input.contactId);
    return input;
  }

  @ResolveField(() => Contact, { nullable: true })
  contact(@Parent() link: AccountContact, @Context() ctx: GraphQLContext, @CurrentActor() actor: Actor, @Info() info: GraphQLResolveInfo) {
    return ctx.loaders
      .get<string, Contact | null>('account.linkContact', async (ids) =>
        byKey(ids, await this.contacts.getMany(actor, ids, { operation: 'Account.contacts', fields: requestedFields(info, 'Contact') }), (c) => c.id),
      )
      .load(link.contactId);
  }

  @ResolveField(() => Account, { nullable: true })
  account(@Parent() link: AccountContact, @Context() ctx: GraphQLContext, @CurrentActor() actor: Actor) {
    return accountLoader(ctx, this.accounts, actor).load(link.accountId);
  }
}

/** Adds Contact.accounts: the contact module never imports accounts (module DAG). */
@Resolver(() => Contact)
export class ContactAccountsResolver {
  constructor(private readonly links: LinkService) {}

  @ResolveField(() => [AccountContact], { description: 'Accounts this contact belongs to, that you may see' })
  accounts(@Parent() contact: Contact, @Context() ctx: GraphQLContext, @CurrentActor() actor: Actor) {
    return ctx.loaders
      .get<string, AccountContact[]>('contact.accounts', async (ids) => {
        const links = await this.links.accountsOf(actor, ids);
        return ids.map((id) => links.filter((l) => l.contactId === id));
      })
      .load(contact.id);
  }
}
