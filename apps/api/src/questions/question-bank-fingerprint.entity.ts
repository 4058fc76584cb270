import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * The question files as last seeded without an error, per questions folder: a restart that finds
 * them unchanged skips parsing, validating and hashing every question (docs/PERFORMANCE.md).
 */
@Entity({ name: 'question_bank_fingerprints' })
export class QuestionBankFingerprintEntity {
  @PrimaryColumn({ type: 'varchar', length: 500 })
  directory!: string;

  /** The files' fingerprint (question-bank.reader.ts) and the seeder's row format. */
  @Column({ type: 'char', length: 64 })
  fingerprint!: string;

  /** Active questions after that seeding: if the table holds another number, it changed since. */
  @Column({ name: 'active_questions', type: 'integer' })
  activeQuestions!: number;

  @UpdateDateColumn({ name: 'seeded_at', type: 'timestamptz' })
  seededAt!: Date;
}
