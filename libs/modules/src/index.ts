import { CORE_MIGRATIONS } from '@crm/core';
import { CONTACT_MIGRATIONS, ContactModule } from '@crm/contact';
import { ACCOUNT_MIGRATIONS, AccountModule } from '@crm/account';
import { SALES_MIGRATIONS, SalesModule } from '@crm/sales';

/** Every CRM module the apps run, with their migrations in dependency order. */
export const DOMAIN_MODULES = [ContactModule, AccountModule, SalesModule];
export const ALL_MIGRATIONS = [...CORE_MIGRATIONS, ...CONTACT_MIGRATIONS, ...ACCOUNT_MIGRATIONS, ...SALES_MIGRATIONS];
