import { CORE_ENTITIES, CORE_MIGRATIONS } from '@crm/core';
import { CONTACT_ENTITIES, CONTACT_MIGRATIONS, ContactModule } from '@crm/contact';

/** Every CRM module the apps run, with their migrations in dependency order. */
export const DOMAIN_MODULES = [ContactModule];
export const ALL_MIGRATIONS = [...CORE_MIGRATIONS, ...CONTACT_MIGRATIONS];
export const ALL_ENTITIES = [...CORE_ENTITIES, ...CONTACT_ENTITIES];
