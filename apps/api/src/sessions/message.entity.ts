import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { QuestionEntity } from '../questions/question.entity';
import { SessionEntity } from './session.entity';

export const MESSAGE_ROLES = ['interviewer', 'candidate'] as const;
export type MessageRole = (typeof MESSAGE_ROLES)[number];

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

  /** Where the text came from (engine, llm) and the decision behind it. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  meta!: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
