import { Injectable } from '@nestjs/common';
import { Args, Context, createUnionType, Info, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Actor, byKey, can, CurrentActor, DuplicatePair, GraphQLContext, NotFoundError, parseCustomerCode, requestedFields, SegmentChangeNode, SignedIn, ValidationError,
} from '@crm/core';
import { Contact, ContactService } from '@crm/contact';
import { GraphQLResolveInfo } from 'graphql';
import { Account } from '../account/account.entity';
import { accountLoader } from '../account/account.field-resolvers';
import { AccountService } from '../account/account.service';

export const Customer = createUnionType({
  name: 'Customer',
  description: 'A person (Contact) or an organisation (Account): both carry the universal customer code',
  types: () => [Contact, Account] as const,
  resolveType: (value) => (value instanceof Account ? Account : Contact),
});

/** One customer code across people and organisations (CON-2). */
@Resolver()
export class CustomerResolver {
  constructor(private readonly contacts: ContactService, private readonly accounts: AccountService) {}

  @SignedIn()
  @Query(() => Customer, { description: 'The contact or account with this code (any typing: "c 0001234 5", "С-0001234-5")' })
  async customerByCode(@CurrentActor() actor: Actor, @Args('code') code: string, @Info() info: GraphQLResolveInfo): Promise<Contact | Account> {
    if (!parseCustomerCode(code)) throw ValidationError.field('code', 'is not a valid customer code (check the last digit)');
    const attempts = [
      can(actor, 'contact.read') ? () => this.contacts.getByCode(actor, code, { operation: 'customerByCode', fields: requestedFields(info, 'Contact') }) : null,
      can(actor, 'account.read') ? () => this.accounts.getByCode(actor, code) : null,
    ];
    for (const attempt of attempts) {
      if (!attempt) continue;
      try {
        return await attempt();
      } catch (e) {
        if (!(e instanceof NotFoundError)) throw e;
      }
    }
    throw new NotFoundError('Customer');
  }
}

/** Loads a visible contact or account by type and id, batched per request (core stores only the pair). */
@Injectable()
export class CustomerLoader {
  constructor(private readonly contacts: ContactService, private readonly accounts: AccountService) {}

  load(entityType: string, id: string, ctx: GraphQLContext, actor: Actor, info: GraphQLResolveInfo): Promise<Contact | Account | null> {
    if (entityType === 'account') return accountLoader(ctx, this.accounts, actor).load(id);
    return ctx.loaders
      .get<string, Contact | null>('customer.contacts', async (ids) =>
        byKey(ids, await this.contacts.getMany(actor, ids, { operation: info.fieldName, fields: requestedFields(info, 'Contact') }), (c) => c.id),
      )
      .load(id);
  }
}

/** The two records of a duplicate pair, as customers (core does not know contacts or accounts). */
@Resolver(() => DuplicatePair)
export class DuplicatePairRecordsResolver {
  constructor(private readonly customers: CustomerLoader) {}

  @ResolveField(() => Customer, { nullable: true })
  a(@Parent() pair: DuplicatePair, @Context() ctx: GraphQLContext, @CurrentActor() actor: Actor, @Info() info: GraphQLResolveInfo) {
    return this.customers.load(pair.entityType, pair.aId, ctx, actor, info);
  }

  @ResolveField(() => Customer, { nullable: true })
  b(@Parent() pair: DuplicatePair, @Context() ctx: GraphQLContext, @CurrentActor() actor: Actor, @Info() info: GraphQLResolveInfo) {
    return this.customers.load(pair.entityType, pair.bId, ctx, actor, info);
  }
}

/** The record that entered or left a segment (null once it is deleted or merged away). */
@Resolver(() => SegmentChangeNode)
export class SegmentChangeRecordResolver {
  constructor(private readonly customers: CustomerLoader) {}

  @ResolveField(() => Customer, { nullable: true })
  record(@Parent() change: SegmentChangeNode, @Context() ctx: GraphQLContext, @CurrentActor() actor: Actor, @Info() info: GraphQLResolveInfo) {
    return this.customers.load(change.entityType, change.entityId, ctx, actor, info);
  }
}
