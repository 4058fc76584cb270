import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { QuestionEntity } from '../questions/question.entity';
import { SessionEntity } from './session.entity';

/** A question as asked in one session, in order. */
@Entity({ name: 'session_questions' })
@Index('uq_session_questions_position', ['sessionId', 'position'], {
  unique: true,
})
@Index('uq_session_questions_question', ['sessionId', 'questionId'], {
  unique: true,
})
@Index('idx_session_questions_question', ['questionId'])
export class SessionQuestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: SessionEntity;

  @Column({ name: 'question_id', type: 'varchar', length: 200 })
  questionId!: string;

  @ManyToOne(() => QuestionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'question_id' })
  question?: QuestionEntity;

  /** 1-based order in the session. */
  @Column({ type: 'integer' })
  position!: number;

  /** The difficulty it was asked at (adaptive difficulty moves it). */
  @Column({ type: 'varchar', length: 10 })
  difficulty!: string;

  @Column({ name: 'followups_asked', type: 'integer', default: 0 })
  followupsAsked!: number;

  @Column({ name: 'hints_used', type: 'integer', default: 0 })
  hintsUsed!: number;

  @Column({ type: 'boolean', default: false })
  skipped!: boolean;

  /** 0-100, like the overall score, once the session is scored. */
  @Column({ type: 'real', nullable: true })
  score!: number | null;

  @Column({ name: 'asked_at', type: 'timestamptz' })
  askedAt!: Date;
}
