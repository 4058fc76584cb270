import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every turn rewrites a session's whole state, 50-70 KB of JSON by the end of an interview, and
 * compressing it with Postgres' default (pglz) was about half the time of that write. lz4 takes
 * half as long at about the same size; a server built without lz4 (PGlite) stores the state
 * uncompressed instead, which is as fast. Entities cannot express either, so this is by hand.
 */
export class SessionStateStorage1795689673081 implements MigrationInterface {
  name = 'SessionStateStorage1795689673081';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DO $$ BEGIN
         ALTER TABLE "sessions" ALTER COLUMN "state" SET COMPRESSION lz4;
       EXCEPTION WHEN feature_not_supported THEN
         ALTER TABLE "sessions" ALTER COLUMN "state" SET STORAGE EXTERNAL;
       END $$`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sessions" ALTER COLUMN "state" SET COMPRESSION default`);
    await queryRunner.query(`ALTER TABLE "sessions" ALTER COLUMN "state" SET STORAGE EXTENDED`);
  }
}
