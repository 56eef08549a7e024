import type { EntityType } from '../../custom-fields';

export const CRITERIA_OPS = [
  'EQ',
  'NE',
  'GT',
  'GTE',
  'LT',
  'LTE',
  'BETWEEN',
  'IN',
  'NOT_IN',
  'CONTAINS',
  'STARTS_WITH',
  'IS_EMPTY',
  'IS_NOT_EMPTY',
  'CONTAINS_ANY',
  'CONTAINS_ALL',
] as const;
export type CriteriaOp = (typeof CRITERIA_OPS)[number];
export type RelationOp = 'ANY' | 'NONE';

/** The criteria tree as the API stores it (see CreateSegmentInput.criteria in the schema). */
export type Criteria =
  | { and: Criteria[] }
  | { or: Criteria[] }
  | { not: Criteria }
  | { field: string; op: string; value?: unknown }
  | { relation: string; op: RelationOp; where?: Criteria | null };

/** null for ID fields (owner, territory, parent account…). */
export type CriteriaValueType =
  | 'TEXT'
  | 'NUMBER'
  | 'MONEY'
  | 'DATE'
  | 'BOOLEAN'
  | 'SELECT'
  | 'MULTI_SELECT'
  | 'URL'
  | 'EMAIL'
  | 'PHONE'
  | null;

export interface CriteriaField {
  key: string;
  /** English, from the server; built-in fields are translated in the SPA. */
  label: string;
  type: CriteriaValueType;
  ops: string[];
  options: { key: string; label: string }[];
  /** Defined by an admin (custom.<key>). */
  custom: boolean;
}

export interface CriteriaRelation {
  key: string;
  label: string;
  /** The record type the nested criteria apply to. */
  target: string;
}

export interface CriteriaCatalog {
  entityType: string;
  fields: CriteriaField[];
  relations: CriteriaRelation[];
}

export interface CriteriaCatalogData {
  criteriaCatalog: CriteriaCatalog;
}

export interface EntityTypeVariables {
  entityType: string;
}

export interface CriteriaCountData {
  criteriaCount: number;
}

export interface CriteriaCountVariables {
  entityType: string;
  criteria: Criteria;
}

export interface SegmentOption {
  id: string;
  name: string;
}

export interface SegmentOptionsData {
  segments: SegmentOption[];
}

export interface Segment {
  id: string;
  name: string;
  description: string | null;
  entityType: EntityType;
  criteria: Criteria;
  /** Members the viewer may see, evaluated now. */
  memberCount: number;
  refreshedAt: string | null;
  updatedAt: string;
  version: number;
}

export interface SegmentsData {
  segments: Segment[];
}

export interface SegmentsVariables {
  entityType?: string | null;
}

export interface SegmentData {
  segment: Segment;
}

export interface IdVariables {
  id: string;
}

export interface SegmentDraft {
  name: string;
  description: string | null;
  criteria: Criteria;
}

export interface CreateSegmentVariables {
  input: SegmentDraft & { entityType: EntityType };
}

export interface CreateSegmentData {
  createSegment: { segment: Segment };
}

export interface UpdateSegmentVariables {
  input: SegmentDraft & { id: string; expectedVersion: number };
}

export interface UpdateSegmentData {
  updateSegment: { segment: Segment };
}

export interface DeleteSegmentVariables {
  input: { id: string };
}

export interface DeleteSegmentData {
  deleteSegment: { id: string };
}

export interface SegmentChange {
  id: string;
  /** The contact or account that entered or left. */
  entityId: string;
  entered: boolean;
  at: string;
}

export interface SegmentHistoryData {
  segment: {
    id: string;
    history: { edges: { cursor: string; node: SegmentChange }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  };
}

export interface PageVariables {
  id: string;
  first: number;
  after?: string | null;
}

export interface RecordNameData {
  contact?: { id: string; code: string; fullName: string };
  account?: { id: string; code: string; name: string };
}
