import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The customer portrait schema (custom fields), segments with their membership history, merged
 * record aliases and the duplicates review queue.
 */
export class Portrait1763900000000 implements MigrationInterface {
  name = 'Portrait1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE core.custom_field (
      id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      entity_type text NOT NULL,
      key text NOT NULL CHECK (key ~ '^[a-z][a-z0-9_]{0,39}$'),
      label text NOT NULL,
      type text NOT NULL CHECK (type IN ('TEXT','NUMBER','MONEY','DATE','BOOLEAN','SELECT','MULTI_SELECT','URL','EMAIL','PHONE')),
      required boolean NOT NULL DEFAULT false,
      options jsonb NOT NULL DEFAULT '[]',
      help_text text,
      section text,
      position integer NOT NULL DEFAULT 0,
      currency text,
      archived_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL,
      CONSTRAINT custom_field_entity_key_key UNIQUE (entity_type, key))`);

    await q.query(`CREATE TABLE core.segment (
      id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      entity_type text NOT NULL,
      name text NOT NULL,
      description text,
      criteria jsonb NOT NULL,
      created_by uuid REFERENCES core."user"(id) ON DELETE SET NULL,
      refreshed_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL)`);
    await q.query(`CREATE INDEX segment_entity_type_name_idx ON core.segment (entity_type, name)`);
    await q.query(`CREATE TABLE core.segment_member (
      segment_id uuid NOT NULL REFERENCES core.segment(id) ON DELETE CASCADE,
      entity_id uuid NOT NULL,
      since timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (segment_id, entity_id))`);
    await q.query(`CREATE INDEX segment_member_entity_id_idx ON core.segment_member (entity_id)`);
    await q.query(`CREATE TABLE core.segment_change (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      segment_id uuid NOT NULL REFERENCES core.segment(id) ON DELETE CASCADE,
      entity_id uuid NOT NULL,
      entered boolean NOT NULL,
      at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX segment_change_segment_idx ON core.segment_change (segment_id, id)`);

    await q.query(`CREATE TABLE core.merged_record (
      loser_id uuid NOT NULL PRIMARY KEY,
      entity_type text NOT NULL,
      survivor_id uuid NOT NULL,
      loser_code text NOT NULL,
      merged_at timestamptz NOT NULL DEFAULT now(),
      merged_by uuid REFERENCES core."user"(id) ON DELETE SET NULL)`);
    await q.query(`CREATE INDEX merged_record_survivor_idx ON core.merged_record (entity_type, survivor_id)`);
    await q.query(`CREATE INDEX merged_record_code_idx ON core.merged_record (loser_code)`);

    await q.query(`CREATE TABLE core.duplicate_pair (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      entity_type text NOT NULL,
      a_id uuid NOT NULL,
      b_id uuid NOT NULL,
      score real NOT NULL,
      reasons text[] NOT NULL,
      status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','DISMISSED','MERGED')),
      found_at timestamptz NOT NULL DEFAULT now(),
      resolved_by uuid REFERENCES core."user"(id) ON DELETE SET NULL,
      resolved_at timestamptz,
      CONSTRAINT duplicate_pair_key UNIQUE (entity_type, a_id, b_id),
      CHECK (a_id < b_id))`);
    await q.query(`CREATE INDEX duplicate_pair_open_idx ON core.duplicate_pair (entity_type, status, score, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE core.duplicate_pair, core.merged_record, core.segment_change, core.segment_member, core.segment, core.custom_field`);
  }
}
