import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { Actor, can, CurrentActor, GraphQLContext, hiddenFields, MergeParticipants } from '@crm/core';
import { Account } from '@crm/account';
import { Contact } from '@crm/contact';
import { Deal } from '../deal/deal.entity';
import { DealService } from '../deal/deal.service';

/** Deals on the customer cards (SAL-7): empty for roles that may not read deals. */
function customerDeals(kind: 'account' | 'contact', id: string, ctx: GraphQLContext, actor: Actor, deals: DealService): Promise<Deal[]> | Deal[] {
  if (!can(actor, 'deal.read') || hiddenFields(actor, kind).includes('deals')) return [];
  return ctx.loaders.get<string, Deal[]>(`sales.${kind}Deals`, (ids) => deals.ofCustomers(actor, kind, ids)).load(id);
}

/** Adds Account.deals: the account module never imports sales (module DAG). */
@Resolver(() => Account)
export class AccountDealsResolver {
  constructor(private readonly dealService: DealService) {}

  @ResolveField(() => [Deal], { description: 'The account\'s deals you may see, newest first' })
  deals(@Parent() account: Account, @Context() ctx: GraphQLContext, @CurrentActor() actor: Actor) {
    return customerDeals('account', account.id, ctx, actor, this.dealService);
  }
}

/** Adds Contact.deals. */
@Resolver(() => Contact)
export class ContactDealsResolver {
  constructor(private readonly dealService: DealService) {}

  @ResolveField(() => [Deal], { description: 'Deals this contact takes part in that you may see, newest first' })
  deals(@Parent() contact: Contact, @Context() ctx: GraphQLContext, @CurrentActor() actor: Actor) {
    return customerDeals('contact', contact.id, ctx, actor, this.dealService);
  }
}

/** When customers merge, their deals follow the survivor. */
@Injectable()
export class DealMergeParticipant implements OnModuleInit {
  constructor(private readonly participants: MergeParticipants) {}

  onModuleInit() {
    this.participants.register('account', 'sales', async (tx, { id: loserId }, survivorId) => {
      await tx.query(`UPDATE sales.deal SET account_id = $2 WHERE account_id = $1`, [loserId, survivorId]);
      await tx.query(`UPDATE sales.deal SET partner_account_id = $2 WHERE partner_account_id = $1`, [loserId, survivorId]);
    });
    this.participants.register('contact', 'sales', async (tx, { id: loserId }, survivorId) => {
      // A deal both took part in keeps the survivor's link.
      await tx.query(`DELETE FROM sales.deal_contact l WHERE l.contact_id = $1 AND EXISTS (SELECT 1 FROM sales.deal_contact s WHERE s.deal_id = l.deal_id AND s.contact_id = $2)`, [loserId, survivorId]);
      await tx.query(`UPDATE sales.deal_contact SET contact_id = $2 WHERE contact_id = $1`, [loserId, survivorId]);
    });
  }
}
