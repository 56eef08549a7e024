import { ContactInit1763800001000 } from './1763800001000-ContactInit';
import { ContactPortrait1763900001000 } from './1763900001000-ContactPortrait';
import { ContactLookupIndexes1764100000000 } from './1764100000000-ContactLookupIndexes';

/** Contact's migrations in order. Kept free of entity imports so tooling can load it without decorators. */
export const CONTACT_MIGRATIONS = [ContactInit1763800001000, ContactPortrait1763900001000, ContactLookupIndexes1764100000000];
