import { Injectable } from '@nestjs/common';
import { Actor, Permission, ValidationError } from '@crm/core';
import { EntityManager } from 'typeorm';
import type { ContactImport } from './import.entity';

// Free-text cells that a spreadsheet would run as a formula (OWASP "CSV Injection") are refused
// rather than stored; phones, e-mails and dates are checked by their own rules.
export const FORMULA_REASON = 'starts with =, +, - or @ and would run as a spreadsheet formula';

export interface ImportOutcome {
  kind: 'created' | 'updated' | 'skipped' | 'rejected';
  /** Why a row was rejected or skipped, by field. */
  problems?: { field: string; reason: string }[];
  /** A record that needs work after the batch commits (e.g. reminders). */
  followUpId?: string;
}

/**
 * What CSV rows become: contacts, accounts, … Each module registers its record type; the import
 * pipeline (upload, preview, mapping, batches, progress, the rejected-rows report) is shared.
 */
export interface ImportTarget {
  entityType: string;
  permission: Permission;
  /** Built-in mapping targets; custom fields of the type are added as "custom.<key>". */
  fields: readonly string[];
  /** The mapping must include one of these fields. */
  identifying: { fields: readonly string[]; message: string };
  suggestField(header: string, customFields: { key: string; label: string }[]): string | null;
  /** Imports readable rows inside the batch's transaction, one outcome per row in order. */
  importBatch(actor: Actor, m: EntityManager, records: { line: number; values: string[] }[], row: ContactImport): Promise<ImportOutcome[]>;
  afterCommit?(followUpIds: string[]): Promise<void>;
}

@Injectable()
export class ImportTargets {
  private readonly targets = new Map<string, ImportTarget>();

  register(target: ImportTarget): void {
    this.targets.set(target.entityType, target);
  }

  get(entityType: string): ImportTarget {
    const target = this.targets.get(entityType);
    if (!target) throw ValidationError.field('entityType', `must be one of ${[...this.targets.keys()].join(', ')}`);
    return target;
  }
}
