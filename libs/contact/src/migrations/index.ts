import { ContactInit1763800001000 } from './1763800001000-ContactInit';

/** Contact's migrations in order. Kept free of entity imports so tooling can load it without decorators. */
export const CONTACT_MIGRATIONS = [ContactInit1763800001000];
