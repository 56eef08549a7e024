import { SalesInit1764000000000 } from './1764000000000-SalesInit';

/** Sales' migrations in order. Kept free of entity imports so tooling can load it without decorators. */
export const SALES_MIGRATIONS = [SalesInit1764000000000];
