import type { MigrationInterface, QueryRunner } from 'typeorm';

export class QuestionBankFingerprints1795672392664 implements MigrationInterface {
  name = 'QuestionBankFingerprints1795672392664';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "question_bank_fingerprints" ("directory" character varying(500) NOT NULL, "fingerprint" character(64) NOT NULL, "active_questions" integer NOT NULL, "seeded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5e86132017e773cc00e7dbbdbfb" PRIMARY KEY ("directory"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "question_bank_fingerprints"`);
  }
}
