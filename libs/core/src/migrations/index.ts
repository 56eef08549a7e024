import { CoreInit1763800000000 } from './1763800000000-CoreInit';
import { Portrait1763900000000 } from './1763900000000-Portrait';
import { MergedRecordSurvivor1764000000500 } from './1764000000500-MergedRecordSurvivor';

/** Core's migrations in order. Kept free of entity imports so tooling can load it without decorators. */
export const CORE_MIGRATIONS = [CoreInit1763800000000, Portrait1763900000000, MergedRecordSurvivor1764000000500];
