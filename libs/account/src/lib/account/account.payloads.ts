import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '@crm/core';
import { Account } from './account.entity';

@ObjectType()
export class AccountEdge {
  @Field() cursor: string;
  @Field(() => Account) node: Account;
}

@ObjectType()
export class AccountConnection {
  @Field(() => [AccountEdge]) edges: AccountEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  /** Resolved only when selected (a count is a second query). */
  @Field(() => Int) totalCount?: number;
}

@ObjectType()
export class AccountPayload {
  @Field(() => Account) account: Account;
}

@ObjectType()
export class UpsertAccountPayload {
  @Field(() => Account) account: Account;
  @Field() created: boolean;
}

@ObjectType()
export class DeleteAccountPayload {
  @Field(() => ID) id: string;
}
