import { MigrationInterface, QueryRunner } from 'typeorm';

/** Custom field values and the completeness score of each contact (ACC-7); fuzzy name matching for duplicates (ACC-6). */
export class ContactPortrait1763900001000 implements MigrationInterface {
  name = 'ContactPortrait1763900001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contact.contact ADD COLUMN custom jsonb NOT NULL DEFAULT '{}', ADD COLUMN completeness smallint NOT NULL DEFAULT 0`);
    // Equality and option filters on any custom field use containment (custom @> {...}).
    await q.query(`CREATE INDEX contact_custom_idx ON contact.contact USING gin (custom jsonb_path_ops)`);
    await q.query(`CREATE INDEX contact_completeness_idx ON contact.contact (completeness, id)`);
    // Duplicate detection compares full names by trigram similarity and finds nearest names (KNN needs GiST) (ACC-6).
    await q.query(`CREATE INDEX contact_sort_name_trgm_idx ON contact.contact USING gist (sort_name gist_trgm_ops)`);
    // Imports also create accounts (and later other record types).
    await q.query(`ALTER TABLE contact.import ADD COLUMN entity_type text NOT NULL DEFAULT 'contact'`);
    await q.query(`ALTER TABLE contact.export ADD COLUMN entity_type text NOT NULL DEFAULT 'contact'`);
    // Existing contacts: the built-in portrait fields of ContactRecordType (no custom fields exist yet).
    await q.query(`UPDATE contact.contact SET completeness = round(100.0 * (
      (cardinality(email_addresses) > 0)::int + (cardinality(phone_numbers) > 0)::int + (addresses <> '[]'::jsonb)::int
      + (birthday IS NOT NULL)::int + (position IS NOT NULL)::int + (company IS NOT NULL)::int + (preferred_channel IS NOT NULL)::int) / 7)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contact.import DROP COLUMN entity_type`);
    await q.query(`ALTER TABLE contact.export DROP COLUMN entity_type`);
    await q.query(`ALTER TABLE contact.contact DROP COLUMN custom, DROP COLUMN completeness`);
  }
}
