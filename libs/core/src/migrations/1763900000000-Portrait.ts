import { MigrationInterface, QueryRunner } from 'typeorm';

/** The customer portrait schema (custom fields) and segments with their membership history. */
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
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE core.segment_change, core.segment_member, core.segment, core.custom_field`);
  }
}
