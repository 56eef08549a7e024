import { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountInit1763900002000 implements MigrationInterface {
  name = 'AccountInit1763900002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SCHEMA account`);
    await q.query(`CREATE TABLE account.account (
      id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      code text NOT NULL CONSTRAINT account_code_key UNIQUE,
      name text NOT NULL,
      legal_name text,
      sort_name text NOT NULL,
      kinds text[] NOT NULL DEFAULT '{}',
      parent_id uuid REFERENCES account.account(id) ON DELETE SET NULL,
      industry text,
      region text,
      size text CHECK (size IN ('MICRO','SMALL','MEDIUM','LARGE','ENTERPRISE')),
      employees integer,
      website text,
      phones jsonb NOT NULL DEFAULT '[]',
      phone_numbers text[] NOT NULL DEFAULT '{}',
      emails jsonb NOT NULL DEFAULT '[]',
      email_addresses text[] NOT NULL DEFAULT '{}',
      addresses jsonb NOT NULL DEFAULT '[]',
      description text,
      tags text[] NOT NULL DEFAULT '{}',
      inn text,
      kpp text,
      ogrn text,
      vat_id text,
      bank_accounts jsonb NOT NULL DEFAULT '[]',
      competitor_purchases jsonb NOT NULL DEFAULT '[]',
      owner_id uuid NOT NULL REFERENCES core."user"(id),
      territory_id uuid REFERENCES core.territory(id),
      partner_account_id uuid REFERENCES account.account(id) ON DELETE SET NULL,
      custom jsonb NOT NULL DEFAULT '{}',
      completeness smallint NOT NULL DEFAULT 0,
      search_text text NOT NULL,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      updated_at timestamptz(3) NOT NULL DEFAULT now(),
      version integer NOT NULL)`);
    // Keyset orders (sort key + id), alone and under the scope filters.
    await q.query(`CREATE INDEX account_sort_name_idx ON account.account (sort_name, id)`);
    await q.query(`CREATE INDEX account_owner_sort_idx ON account.account (owner_id, sort_name, id)`);
    await q.query(`CREATE INDEX account_territory_sort_idx ON account.account (territory_id, sort_name, id)`);
    await q.query(`CREATE INDEX account_created_at_idx ON account.account (created_at, id)`);
    await q.query(`CREATE INDEX account_updated_at_idx ON account.account (updated_at, id)`);
    await q.query(`CREATE INDEX account_completeness_idx ON account.account (completeness, id)`);
    await q.query(`CREATE INDEX account_owner_id_idx ON account.account (owner_id)`);
    await q.query(`CREATE INDEX account_parent_id_idx ON account.account (parent_id)`);
    await q.query(`CREATE INDEX account_partner_account_id_idx ON account.account (partner_account_id)`);
    await q.query(`CREATE INDEX account_kinds_idx ON account.account USING gin (kinds)`);
    await q.query(`CREATE INDEX account_tags_idx ON account.account USING gin (tags)`);
    await q.query(`CREATE INDEX account_phone_numbers_idx ON account.account USING gin (phone_numbers)`);
    await q.query(`CREATE INDEX account_email_addresses_idx ON account.account USING gin (email_addresses)`);
    await q.query(`CREATE INDEX account_search_trgm_idx ON account.account USING gin (search_text gin_trgm_ops)`);
    await q.query(`CREATE INDEX account_sort_name_trgm_idx ON account.account USING gist (sort_name gist_trgm_ops)`);
    await q.query(`CREATE INDEX account_custom_idx ON account.account USING gin (custom jsonb_path_ops)`);
    await q.query(`CREATE INDEX account_competitor_purchases_idx ON account.account USING gin (competitor_purchases jsonb_path_ops)`);
    // Duplicate checks by tax id; filters by industry and region (case-insensitive).
    await q.query(`CREATE INDEX account_inn_idx ON account.account (inn) WHERE inn IS NOT NULL`);
    await q.query(`CREATE INDEX account_ogrn_idx ON account.account (ogrn) WHERE ogrn IS NOT NULL`);
    await q.query(`CREATE INDEX account_industry_idx ON account.account (lower(industry)) WHERE industry IS NOT NULL`);
    await q.query(`CREATE INDEX account_region_idx ON account.account (lower(region)) WHERE region IS NOT NULL`);

    await q.query(`CREATE TABLE account.external_id (
      system text NOT NULL,
      external_id text NOT NULL,
      account_id uuid NOT NULL REFERENCES account.account(id) ON DELETE CASCADE,
      PRIMARY KEY (system, external_id))`);
    await q.query(`CREATE INDEX external_id_account_id_idx ON account.external_id (account_id)`);

    await q.query(`CREATE TABLE account.account_contact (
      account_id uuid NOT NULL REFERENCES account.account(id) ON DELETE CASCADE,
      contact_id uuid NOT NULL REFERENCES contact.contact(id) ON DELETE CASCADE,
      role text,
      position text,
      is_primary boolean NOT NULL DEFAULT false,
      since date,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (account_id, contact_id))`);
    await q.query(`CREATE INDEX account_contact_contact_id_idx ON account.account_contact (contact_id)`);

    await q.query(`CREATE TABLE account.contract (
      id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      account_id uuid NOT NULL REFERENCES account.account(id) ON DELETE CASCADE,
      number text NOT NULL,
      title text,
      status text NOT NULL CHECK (status IN ('DRAFT','ACTIVE','SUSPENDED','EXPIRED','TERMINATED')),
      signed_on date,
      starts_on date,
      ends_on date,
      amount bigint CHECK (amount >= 0),
      currency text,
      file_name text,
      file_mime_type text,
      file_size integer,
      file_key text,
      file_sha256 text,
      created_by uuid REFERENCES core."user"(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL,
      CONSTRAINT contract_account_number_key UNIQUE (account_id, number))`);
    await q.query(`CREATE INDEX contract_account_idx ON account.contract (account_id, starts_on, id)`);
    // Renewal reports look for contracts ending soon.
    await q.query(`CREATE INDEX contract_ends_on_idx ON account.contract (ends_on) WHERE ends_on IS NOT NULL`);

    await q.query(`CREATE TABLE account.metric_value (
      id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      account_id uuid NOT NULL REFERENCES account.account(id) ON DELETE CASCADE,
      metric text NOT NULL CHECK (metric IN ('TURNOVER','AVERAGE_BALANCE','ORDER_VOLUME')),
      period date NOT NULL CHECK (extract(day FROM period) = 1),
      amount bigint NOT NULL,
      currency text NOT NULL,
      source text NOT NULL CHECK (source IN ('MANUAL','IMPORT','COMPUTED')),
      recorded_by uuid REFERENCES core."user"(id) ON DELETE SET NULL,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT metric_value_account_metric_period_key UNIQUE (account_id, metric, period))`);

    // ACC-4 as structured, filterable portrait fields that admins can extend (options) or archive.
    await q.query(`INSERT INTO core.custom_field (entity_type, key, label, type, options, section, position, version) VALUES
      ('account', 'source', 'How they heard of us', 'SELECT', $1, 'Relationship', 10, 1),
      ('account', 'loyalty_reasons', 'Why they stay with us', 'MULTI_SELECT', $2, 'Relationship', 20, 1),
      ('account', 'product_interests', 'Interested in our other products', 'MULTI_SELECT', $3, 'Relationship', 30, 1)`,
    [
      JSON.stringify(options({ exhibition: 'Exhibition', referral: 'Referral', website: 'Website', search: 'Search engine', advertising: 'Advertising', partner: 'Partner', cold_call: 'Cold call', other: 'Other' })),
      JSON.stringify(options({ price: 'Price', quality: 'Quality', service: 'Service', personal_manager: 'Personal manager', delivery: 'Delivery terms', range: 'Product range', habit: 'Long relationship' })),
      JSON.stringify(options({ maintenance: 'Maintenance', training: 'Training', consulting: 'Consulting', leasing: 'Leasing', insurance: 'Insurance' })),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM core.custom_field WHERE entity_type = 'account'`);
    await q.query(`DROP SCHEMA account CASCADE`);
  }
}

function options(labels: Record<string, string>) {
  return Object.entries(labels).map(([key, label]) => ({ key, label, archived: false }));
}
