import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { InterviewDecision, InterviewProgress, MessageRole } from '@interview-prep/contracts';
import { QuestionEntity } from '../questions/question.entity';
import { SessionEntity } from './session.entity';

/** What an interviewer message remembers about its turn, so a replayed post can answer the same. */
export interface TurnMeta {
  decision: InterviewDecision;
  progress: InterviewProgress;
  /** engine: the deterministic text; llm: the LLM's rephrasing of it. */
  source: 'engine' | 'llm';
}

@Entity({ name: 'messages' })
@Index('uq_messages_session_seq', ['sessionId', 'seq'], { unique: true })
// A retried post carries the same client id: the second insert fails instead of a second turn.
@Index('uq_messages_session_client_id', ['sessionId', 'clientMessageId'], {
  unique: true,
  where: 'client_message_id IS NOT NULL',
})
export class MessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: SessionEntity;

  /** Position in the transcript, from 1. */
  @Column({ type: 'integer' })
  seq!: number;

  @Column({ type: 'varchar', length: 20 })
  role!: MessageRole;

  /** What the message is in the interview: greeting, question, followup, hint, answer... */
  @Column({ type: 'varchar', length: 30 })
  kind!: string;

  @Column({ type: 'text' })
  content!: string;

  @Column({ name: 'question_id', type: 'varchar', length: 200, nullable: true })
  questionId!: string | null;

  @ManyToOne(() => QuestionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'question_id' })
  question?: QuestionEntity;

  @Column({
    name: 'client_message_id',
    type: 'varchar',
    length: 100,
    nullable: true,
  })
  clientMessageId!: string | null;

  /** An interviewer message's turn (decision, progress, source); empty for a candidate's. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  meta!: TurnMeta | Record<string, never>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
