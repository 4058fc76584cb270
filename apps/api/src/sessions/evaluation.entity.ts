import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type {
  AnswerStatistics,
  EvidenceQuote,
  QuestionNote,
  ScoreSource,
} from '@interview-prep/contracts';
import { SessionEntity } from './session.entity';

/** evaluations.details: the parts of the results beyond the original's five fields. */
export interface EvaluationDetails {
  evidence: EvidenceQuote[];
  questions: QuestionNote[];
  statistics: AnswerStatistics;
  source: ScoreSource;
}

export const EVALUATION_SOURCES = ['offline', 'llm'] as const;
export type EvaluationSource = (typeof EVALUATION_SOURCES)[number];

/** The scored report of one finished session. */
@Entity({ name: 'evaluations' })
export class EvaluationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'session_id', type: 'uuid', unique: true })
  sessionId!: string;

  @OneToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: SessionEntity;

  /** 0-100: the mean of the rubric dimensions x 10. */
  @Column({ name: 'overall_score', type: 'integer' })
  overallScore!: number;

  /** Dimension -> 0-10. */
  @Column({ type: 'jsonb' })
  rubric!: Record<string, number>;

  @Column({ type: 'jsonb' })
  strengths!: string[];

  @Column({ type: 'jsonb' })
  weaknesses!: string[];

  @Column({ name: 'next_steps', type: 'jsonb' })
  nextSteps!: string[];

  /** Evidence quotes, per-question notes and answer statistics. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  details!: EvaluationDetails;

  @Column({ type: 'varchar', length: 10 })
  source!: EvaluationSource;

  /** The LLM's model name when `source` is llm. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  model!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
