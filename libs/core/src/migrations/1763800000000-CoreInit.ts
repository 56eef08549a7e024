import { MigrationInterface, QueryRunner } from 'typeorm';

export class CoreInit1763800000000 implements MigrationInterface {
  name = 'CoreInit1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE SCHEMA core`);

    await q.query(`CREATE TABLE core.team (
      id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      name text NOT NULL CONSTRAINT team_name_key UNIQUE)`);
    await q.query(`CREATE TABLE core.territory (
      id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      name text NOT NULL CONSTRAINT territory_name_key UNIQUE)`);
    await q.query(`CREATE TABLE core."user" (
      id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      email text NOT NULL CONSTRAINT user_email_key UNIQUE,
      name text NOT NULL,
      password_hash text NOT NULL,
      role text NOT NULL CHECK (role IN ('admin','sales_manager','sales_rep','support_agent','marketer','partner')),
      locale text NOT NULL DEFAULT 'ru',
      team_id uuid REFERENCES core.team(id),
      territory_id uuid REFERENCES core.territory(id),
      partner_account_id uuid,
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX user_team_id_idx ON core."user" (team_id)`);
    await q.query(`CREATE INDEX user_territory_id_idx ON core."user" (territory_id)`);

    await q.query(`CREATE TABLE core.session (
      id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      token_hash text NOT NULL CONSTRAINT session_token_hash_key UNIQUE,
      user_id uuid NOT NULL REFERENCES core."user"(id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      revoked_at timestamptz)`);
    await q.query(`CREATE INDEX session_user_id_idx ON core.session (user_id)`);

    await q.query(`CREATE TABLE core.api_key (
      id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      name text NOT NULL,
      prefix text NOT NULL CONSTRAINT api_key_prefix_key UNIQUE,
      secret_hash text NOT NULL,
      scopes text[] NOT NULL,
      user_id uuid NOT NULL REFERENCES core."user"(id) ON DELETE CASCADE,
      created_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_used_at timestamptz,
      revoked_at timestamptz)`);
    await q.query(`CREATE INDEX api_key_user_id_idx ON core.api_key (user_id)`);

    // The event log is append-only: the trigger refuses to rewrite history.
    await q.query(`CREATE TABLE core.event (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      occurred_at timestamptz NOT NULL DEFAULT now(),
      type text NOT NULL,
      actor_kind text NOT NULL,
      actor_user_id uuid,
      actor_api_key_id uuid,
      entity_type text NOT NULL,
      entity_id uuid NOT NULL,
      subject_id uuid,
      changes jsonb,
      data jsonb)`);
    await q.query(`CREATE INDEX event_subject_idx ON core.event (subject_id, id)`);
    await q.query(`CREATE INDEX event_entity_idx ON core.event (entity_type, entity_id, id)`);
    await q.query(`CREATE FUNCTION core.refuse_event_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'core.event is append-only'; END $$`);
    await q.query(`CREATE TRIGGER event_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON core.event
      FOR EACH STATEMENT EXECUTE FUNCTION core.refuse_event_change()`);

    await q.query(`CREATE TABLE core.read_audit (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      read_at timestamptz NOT NULL DEFAULT now(),
      actor_kind text NOT NULL,
      actor_user_id uuid,
      actor_api_key_id uuid,
      entity_type text NOT NULL,
      entity_id uuid NOT NULL,
      fields text[] NOT NULL,
      operation text NOT NULL)`);
    await q.query(`CREATE INDEX read_audit_entity_idx ON core.read_audit (entity_type, entity_id, id)`);
    await q.query(`CREATE INDEX read_audit_actor_user_id_idx ON core.read_audit (actor_user_id)`);

    await q.query(`CREATE TABLE core.notification (
      id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES core."user"(id) ON DELETE CASCADE,
      kind text NOT NULL,
      title text NOT NULL,
      body text,
      link text,
      dedupe_key text CONSTRAINT notification_dedupe_key_key UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now(),
      read_at timestamptz)`);
    await q.query(`CREATE INDEX notification_user_idx ON core.notification (user_id, created_at, id)`);

    // One sequence for every customer code, persons and organisations alike (CON-2).
    await q.query(`CREATE SEQUENCE core.customer_code_seq START 1001`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP SCHEMA core CASCADE`);
  }
}
