import { Actor } from '@crm/core';
import { TestContext } from '@crm/core/testing';
import { randomBytes } from 'node:crypto';
import { Contact, PhoneKind } from '../lib/contact/contact.entity';
import { CreateContactInput } from '../lib/contact/contact.inputs';
import { ContactService } from '../lib/contact/contact.service';

let counter = 0;

/** A contact created through the real service (events, codes and rules included), with safe defaults. */
export async function makeContact(ctx: TestContext, actor: Actor, overrides: Partial<CreateContactInput> = {}): Promise<Contact> {
  counter++;
  const unique = `${counter}${randomBytes(2).toString('hex')}`;
  return ctx.get(ContactService).create(actor, {
    firstName: 'Test',
    lastName: `Person${unique}`,
    emails: [{ address: `person${unique}@example.com` }],
    phones: [{ number: `+7 916 ${String(1_000_000 + (parseInt(unique, 16) % 8_999_999)).padStart(7, '0')}`, kind: PhoneKind.MOBILE }],
    ...overrides,
  });
}
