import { MigrationInterface, QueryRunner } from 'typeorm';

export class ContactInit1763800001000 implements MigrationInterface {
  name = 'ContactInit1763800001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SCHEMA contact`);
    await q.query(`CREATE TABLE contact.contact (
      id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      code text NOT NULL CONSTRAINT contact_code_key UNIQUE,
      first_name text,
      middle_name text,
      last_name text,
      full_name text NOT NULL,
      sort_name text NOT NULL,
      position text,
      company text,
      phones jsonb NOT NULL DEFAULT '[]',
      phone_numbers text[] NOT NULL DEFAULT '{}',
      emails jsonb NOT NULL DEFAULT '[]',
      email_addresses text[] NOT NULL DEFAULT '{}',
      addresses jsonb NOT NULL DEFAULT '[]',
      birthday date,
      key_dates jsonb NOT NULL DEFAULT '[]',
      social_profiles jsonb NOT NULL DEFAULT '[]',
      preferred_channel text CHECK (preferred_channel IN ('EMAIL','PHONE','SMS','MESSENGER','MAIL','NONE')),
      language text,
      description text,
      tags text[] NOT NULL DEFAULT '{}',
      owner_id uuid NOT NULL REFERENCES core."user"(id),
      territory_id uuid REFERENCES core.territory(id),
      partner_account_id uuid,
      search_text text NOT NULL,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      updated_at timestamptz(3) NOT NULL DEFAULT now(),
      version integer NOT NULL)`);
    // Keyset orders (sort key + id) for the list, alone and under the scope filters.
    await q.query(`CREATE INDEX contact_sort_name_idx ON contact.contact (sort_name, id)`);
    await q.query(`CREATE INDEX contact_owner_sort_idx ON contact.contact (owner_id, sort_name, id)`);
    await q.query(`CREATE INDEX contact_territory_sort_idx ON contact.contact (territory_id, sort_name, id)`);
    await q.query(`CREATE INDEX contact_created_at_idx ON contact.contact (created_at, id)`);
    await q.query(`CREATE INDEX contact_updated_at_idx ON contact.contact (updated_at, id)`);
    await q.query(`CREATE INDEX contact_owner_id_idx ON contact.contact (owner_id)`);
    await q.query(`CREATE INDEX contact_partner_account_id_idx ON contact.contact (partner_account_id)`);
    // Screen pop, duplicate checks, tag filter: containment/overlap on arrays.
    await q.query(`CREATE INDEX contact_phone_numbers_idx ON contact.contact USING gin (phone_numbers)`);
    await q.query(`CREATE INDEX contact_email_addresses_idx ON contact.contact USING gin (email_addresses)`);
    await q.query(`CREATE INDEX contact_tags_idx ON contact.contact USING gin (tags)`);
    // Search: substring and typo-tolerant matching on names, e-mails, phone digits, codes.
    await q.query(`CREATE INDEX contact_search_trgm_idx ON contact.contact USING gin (search_text gin_trgm_ops)`);
    // Birthday month filter and the reminder planner look up month*100+day.
    await q.query(`CREATE INDEX contact_birthday_md_idx ON contact.contact ((EXTRACT(MONTH FROM birthday) * 100 + EXTRACT(DAY FROM birthday))) WHERE birthday IS NOT NULL`);
    await q.query(`CREATE INDEX contact_key_dates_idx ON contact.contact (id) WHERE key_dates <> '[]'::jsonb`);
    await q.query(`CREATE INDEX contact_preferred_channel_idx ON contact.contact (preferred_channel) WHERE preferred_channel IS NOT NULL`);
    await q.query(`CREATE INDEX contact_language_idx ON contact.contact (language) WHERE language IS NOT NULL`);

    await q.query(`CREATE TABLE contact.external_id (
      system text NOT NULL,
      external_id text NOT NULL,
      contact_id uuid NOT NULL REFERENCES contact.contact(id) ON DELETE CASCADE,
      PRIMARY KEY (system, external_id))`);
    await q.query(`CREATE INDEX external_id_contact_id_idx ON contact.external_id (contact_id)`);

    await q.query(`CREATE TABLE contact.note (
      id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      contact_id uuid NOT NULL REFERENCES contact.contact(id) ON DELETE CASCADE,
      author_id uuid REFERENCES core."user"(id) ON DELETE SET NULL,
      body text NOT NULL,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      updated_at timestamptz(3) NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX note_contact_idx ON contact.note (contact_id, created_at, id)`);

    await q.query(`CREATE TABLE contact.attachment (
      id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      contact_id uuid NOT NULL REFERENCES contact.contact(id) ON DELETE CASCADE,
      file_name text NOT NULL,
      mime_type text NOT NULL,
      size integer NOT NULL,
      storage_key text NOT NULL,
      sha256 text NOT NULL,
      uploaded_by uuid REFERENCES core."user"(id) ON DELETE SET NULL,
      created_at timestamptz(3) NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX attachment_contact_id_idx ON contact.attachment (contact_id)`);

    await q.query(`CREATE TABLE contact."group" (
      id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      name text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('STATIC','DYNAMIC')),
      criteria jsonb,
      created_by uuid REFERENCES core."user"(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE TABLE contact.group_member (
      group_id uuid NOT NULL REFERENCES contact."group"(id) ON DELETE CASCADE,
      contact_id uuid NOT NULL REFERENCES contact.contact(id) ON DELETE CASCADE,
      PRIMARY KEY (group_id, contact_id))`);
    await q.query(`CREATE INDEX group_member_contact_id_idx ON contact.group_member (contact_id)`);

    await q.query(`CREATE TABLE contact.import (
      id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      actor jsonb NOT NULL,
      user_id uuid REFERENCES core."user"(id) ON DELETE SET NULL,
      file_name text NOT NULL,
      storage_key text NOT NULL,
      status text NOT NULL,
      encoding text NOT NULL,
      delimiter text NOT NULL,
      columns jsonb NOT NULL,
      mapping jsonb,
      on_duplicate text NOT NULL DEFAULT 'SKIP',
      total_rows integer,
      processed_rows integer NOT NULL DEFAULT 0,
      created_count integer NOT NULL DEFAULT 0,
      updated_count integer NOT NULL DEFAULT 0,
      skipped_count integer NOT NULL DEFAULT 0,
      rejected_count integer NOT NULL DEFAULT 0,
      error text,
      created_at timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz)`);
    await q.query(`CREATE INDEX import_user_id_idx ON contact.import (user_id)`);
    await q.query(`CREATE TABLE contact.import_problem (
      import_id uuid NOT NULL REFERENCES contact.import(id) ON DELETE CASCADE,
      line integer NOT NULL,
      field text NOT NULL,
      reason text NOT NULL,
      values text[] NOT NULL,
      PRIMARY KEY (import_id, line, field))`);

    await q.query(`CREATE TABLE contact.export (
      id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      actor jsonb NOT NULL,
      user_id uuid REFERENCES core."user"(id) ON DELETE SET NULL,
      filter jsonb,
      status text NOT NULL,
      total_rows integer,
      processed_rows integer NOT NULL DEFAULT 0,
      error text,
      created_at timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz)`);
    await q.query(`CREATE INDEX export_user_id_idx ON contact.export (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP SCHEMA contact CASCADE`);
  }
}
