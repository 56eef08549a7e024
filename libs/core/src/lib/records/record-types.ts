import { Injectable } from '@nestjs/common';
import { ScopedColumns } from '../access/access';
import { Permission } from '../access/policy';

/** Value types shared by criteria fields and custom fields. */
export type ValueType = 'TEXT' | 'NUMBER' | 'MONEY' | 'DATE' | 'BOOLEAN' | 'SELECT' | 'MULTI_SELECT' | 'URL' | 'EMAIL' | 'PHONE' | 'ID';

export interface FieldOption {
  key: string;
  label: string;
}

/**
 * A field that criteria (segments, dynamic filters) may test. `sql` returns a scalar SQL
 * expression over the record's alias; it is written by the module, never built from user text.
 * MULTI_SELECT expressions are text arrays.
 */
export interface CriteriaField {
  key: string;
  label: string;
  type: ValueType;
  options?: FieldOption[];
  sql: (alias: string) => string;
  /** The expression is a text array (a contact's e-mails): EQ means "one of them equals". */
  many?: boolean;
  /** A custom field: its value sits under this key of the `custom` JSONB (GIN-indexed containment). */
  customKey?: string;
  /** The policy field it reveals (e.g. age → birthday): a role that may not read it may not filter on it. */
  guardedBy?: string;
  /** MONEY: the currency of the minor units. */
  currency?: string;
  /** ID: the kind of record the id points at (user, territory, account…), for pickers. */
  refersTo?: string;
}

/**
 * A link to records of another type, tested with nested criteria ("contacts of accounts in
 * region X"). `link` is the SQL condition joining the outer alias to the inner one.
 */
export interface CriteriaRelation {
  key: string;
  label: string;
  target: string;
  link: (outer: string, inner: string) => string;
}

/** A built-in field counted in the record's completeness score, with its "is filled" test. */
export interface PortraitField {
  key: string;
  filled: (alias: string) => string;
}

/**
 * A kind of record the platform's generic features work on: custom fields, criteria, segments,
 * completeness. Each module registers its own types and may extend others' with relations
 * (downstream modules add links to upstream types, following the module DAG).
 */
export interface RecordType {
  name: string;
  /** Schema-qualified table with `id uuid`, `custom jsonb` and `completeness smallint` columns. */
  table: string;
  scope: ScopedColumns;
  readPermission: Permission;
  fields: CriteriaField[];
  relations: CriteriaRelation[];
  portrait: PortraitField[];
  /**
   * SQL returning likely duplicate pairs (a_id < b_id, score 0–1, reasons text[]) for the
   * background scan that fills the duplicates review queue (ACC-6).
   */
  duplicateScan?: string;
}

@Injectable()
export class RecordTypes {
  private readonly types = new Map<string, RecordType>();

  register(type: Omit<RecordType, 'relations'> & { relations?: CriteriaRelation[] }): void {
    if (this.types.has(type.name)) throw new Error(`Record type ${type.name} is registered twice`);
    this.types.set(type.name, { relations: [], ...type });
  }

  addRelation(typeName: string, relation: CriteriaRelation): void {
    this.get(typeName).relations.push(relation);
  }

  get(name: string): RecordType {
    const type = this.types.get(name);
    if (!type) throw new Error(`Unknown record type ${name}`);
    return type;
  }

  find(name: string): RecordType | undefined {
    return this.types.get(name);
  }

  names(): string[] {
    return [...this.types.keys()];
  }
}
