import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'questions' })
// Selection's pre-filter: one cell, active only, walked from a random point of random_key.
@Index('idx_questions_selection', ['track', 'company', 'difficulty', 'isBehavioral', 'randomKey'], {
  where: 'is_active',
})
@Index('idx_questions_tags', { synchronize: false })
export class QuestionEntity {
  /** The stable id from the JSON file (or derived from its title), so re-seeding upserts. */
  @PrimaryColumn({ type: 'varchar', length: 200 })
  id!: string;

  @Column({ type: 'varchar', length: 20 })
  track!: string;

  @Column({ type: 'varchar', length: 20 })
  company!: string;

  @Column({ type: 'varchar', length: 10 })
  difficulty!: string;

  @Column({ name: 'question_type', type: 'varchar', length: 20 })
  questionType!: string;

  @Column({ name: 'is_behavioral', type: 'boolean' })
  isBehavioral!: boolean;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  prompt!: string;

  @Column({ type: 'text', array: true })
  tags!: string[];

  @Column({ type: 'jsonb' })
  followups!: string[];

  @Column({ name: 'key_points', type: 'jsonb' })
  keyPoints!: string[];

  @Column({ name: 'expected_topics', type: 'jsonb' })
  expectedTopics!: string[];

  @Column({ name: 'evaluation_focus', type: 'jsonb' })
  evaluationFocus!: string[];

  @Column({ type: 'jsonb' })
  hints!: string[];

  @Column({ name: 'reference_answer', type: 'text', nullable: true })
  referenceAnswer!: string | null;

  @Column({ name: 'estimated_minutes', type: 'integer', nullable: true })
  estimatedMinutes!: number | null;

  /** Where the question was loaded from, relative to the questions folder. */
  @Column({ name: 'source_file', type: 'varchar', length: 300 })
  sourceFile!: string;

  /** Hash of the question's content: a restart with an unchanged file writes nothing. */
  @Column({ name: 'content_hash', type: 'char', length: 64 })
  contentHash!: string;

  /** Uniform in [0, 1): an indexed random starting point for selection, not ORDER BY random(). */
  @Column({
    name: 'random_key',
    type: 'double precision',
    default: () => 'random()',
  })
  randomKey!: number;

  /** False once the question is gone from the files; kept because past sessions refer to it. */
  @Column({ name: 'is_active', type: 'boolean', default: true })
  isActive!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
