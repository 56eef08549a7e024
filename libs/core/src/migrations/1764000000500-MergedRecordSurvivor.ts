import { MigrationInterface, QueryRunner } from 'typeorm';

/** Timelines look up records merged into any of several customers at once, whatever their type. */
export class MergedRecordSurvivor1764000000500 implements MigrationInterface {
  name = 'MergedRecordSurvivor1764000000500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX core.merged_record_survivor_idx`);
    await q.query(`CREATE INDEX merged_record_survivor_id_idx ON core.merged_record (survivor_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX core.merged_record_survivor_id_idx`);
    await q.query(`CREATE INDEX merged_record_survivor_idx ON core.merged_record (entity_type, survivor_id)`);
  }
}
