import { CORE_MIGRATIONS } from '@crm/core';
import { CONTACT_MIGRATIONS, ContactModule } from '@crm/contact';
import { ACCOUNT_MIGRATIONS, AccountModule } from '@crm/account';

/** Every CRM module the apps run, with their migrations in dependency order. */
export const DOMAIN_MODULES = [ContactModule, AccountModule];
export const ALL_MIGRATIONS = [...CORE_MIGRATIONS, ...CONTACT_MIGRATIONS, ...ACCOUNT_MIGRATIONS];
