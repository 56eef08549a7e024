import { Injectable } from '@nestjs/common';
import { Actor, Permission, ValidationError } from '@crm/core';

export interface ExportColumn<R> {
  header: string;
  value(row: R): string;
}

/**
 * What an export writes: contacts, accounts, … Each module registers its record type; the export
 * job (background run, progress, the file, the owner-only download) is shared.
 */
export interface ExportTarget<R extends { id: string } = { id: string }> {
  entityType: string;
  permission: Permission;
  /** Base of the downloaded file's name, e.g. "contacts". */
  fileName: string;
  /** Validates the filter and counts what will be written. */
  count(actor: Actor, filter: Record<string, unknown> | null): Promise<number>;
  /** The columns the actor may read (hidden fields are left out entirely). */
  columns(actor: Actor): Promise<ExportColumn<R>[]>;
  /** The next rows after `after` in a stable order, and the cursor of the last one. */
  batch(actor: Actor, filter: Record<string, unknown> | null, after: unknown[] | null, size: number): Promise<{ rows: R[]; cursor: unknown[] | null }>;
  /** Records which people's data was written (read audit), before the rows are written. */
  audit?(actor: Actor, rows: R[], columns: ExportColumn<R>[]): Promise<void>;
}

@Injectable()
export class ExportTargets {
  private readonly targets = new Map<string, ExportTarget>();

  register<R extends { id: string }>(target: ExportTarget<R>): void {
    this.targets.set(target.entityType, target as unknown as ExportTarget);
  }

  get(entityType: string): ExportTarget {
    const target = this.targets.get(entityType);
    if (!target) throw ValidationError.field('entityType', `must be one of ${[...this.targets.keys()].join(', ')}`);
    return target;
  }
}
