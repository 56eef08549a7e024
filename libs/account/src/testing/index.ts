import { Actor } from '@crm/core';
import { TestContext } from '@crm/core/testing';
import { Account } from '../lib/account/account.entity';
import { CreateAccountInput } from '../lib/account/account.inputs';
import { AccountService } from '../lib/account/account.service';

let counter = 0;

/** An account created through the real service (events, codes and rules included). */
export function makeAccount(ctx: TestContext, actor: Actor, overrides: Partial<CreateAccountInput> = {}): Promise<Account> {
  counter++;
  return ctx.get(AccountService).create(actor, { name: `ООО «Тест ${counter}»`, ...overrides });
}
