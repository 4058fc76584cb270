import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { SessionStatus } from '@interview-prep/contracts';
import type { InterviewConfig, InterviewState } from '@interview-prep/domain';
import { UserEntity } from '../users/user.entity';

/** The sessions.config column: the resolved settings, the seed and a retry's question. */
export interface StoredSessionConfig {
  readonly interview: InterviewConfig;
  /** Replays the same interview for the same answers. */
  readonly seed: number;
  readonly retryQuestionId: string | null;
}

@Entity({ name: 'sessions' })
@Index('idx_sessions_user_created', ['userId', 'createdAt'])
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 20 })
  track!: string;

  @Column({ type: 'varchar', length: 20 })
  company!: string;

  /** The difficulty chosen at creation; the engine's current one lives in `state`. */
  @Column({ type: 'varchar', length: 10 })
  difficulty!: string;

  @Column({ type: 'varchar', length: 20, default: 'created' })
  status!: SessionStatus;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  config!: StoredSessionConfig;

  /** The interview engine's state, replaced as a whole on every turn. */
  @Column({ type: 'jsonb', nullable: true })
  state!: InterviewState | null;

  @Column({ name: 'job_description', type: 'text', nullable: true })
  jobDescription!: string | null;

  /** A retry session points at the session whose question it re-asks. */
  @Column({ name: 'parent_session_id', type: 'uuid', nullable: true })
  parentSessionId!: string | null;

  @ManyToOne(() => SessionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'parent_session_id' })
  parentSession?: SessionEntity;

  @Column({ name: 'overall_score', type: 'integer', nullable: true })
  overallScore!: number | null;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
