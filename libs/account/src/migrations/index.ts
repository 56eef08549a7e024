import { AccountInit1763900002000 } from './1763900002000-AccountInit';
import { AccountLookupIndexes1764100000100 } from './1764100000100-AccountLookupIndexes';

/** Account's migrations in order. Kept free of entity imports so tooling can load it without decorators. */
export const ACCOUNT_MIGRATIONS = [AccountInit1763900002000, AccountLookupIndexes1764100000100];
