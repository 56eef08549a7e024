import { CORE_MIGRATIONS } from '@crm/core';
import { CONTACT_MIGRATIONS, ContactModule } from '@crm/contact';

/** Every CRM module the apps run, with their migrations in dependency order. */
export const DOMAIN_MODULES = [ContactModule];
export const ALL_MIGRATIONS = [...CORE_MIGRATIONS, ...CONTACT_MIGRATIONS];
