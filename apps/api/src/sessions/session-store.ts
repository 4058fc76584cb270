import { NotFoundException } from '@nestjs/common';
import type { MessageRole } from '@interview-prep/contracts';
import type { InterviewState, TranscriptMessage } from '@interview-prep/domain';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { MessageEntity, type TurnMeta } from './message.entity';
import { SessionQuestionEntity } from './session-question.entity';
import { SessionEntity } from './session.entity';

/**
 * The session's rows as one unit of work: every function runs on the caller's transaction, so
 * a turn (candidate message, engine state, interviewer message, questions) is written whole or
 * not at all.
 */
export const sessionStore = {
  /**
   * The user's session, locked until the transaction ends: concurrent turns on one session wait
   * for each other. Another user's session is indistinguishable from a missing one (404).
   */
  async lockOwned(
    manager: EntityManager,
    userId: string,
    sessionId: string,
  ): Promise<SessionEntity> {
    const session = await manager.findOne(SessionEntity, {
      where: { id: sessionId, userId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!session) {
      throw new NotFoundException('Session not found');
    }
    return session;
  },

  async nextSeq(manager: EntityManager, sessionId: string): Promise<number> {
    const [{ max }] = await manager.query<{ max: number | null }[]>(
      'SELECT max(seq) AS max FROM messages WHERE session_id = $1',
      [sessionId],
    );
    return (max ?? 0) + 1;
  },

  async append(
    manager: EntityManager,
    message: {
      id?: string;
      sessionId: string;
      seq: number;
      role: MessageRole;
      kind: string;
      content: string;
      questionId: string | null;
      clientMessageId?: string | null;
      meta?: TurnMeta | Record<string, never>;
    },
  ): Promise<MessageEntity> {
    const entity = manager.create(MessageEntity, {
      id: message.id ?? randomUUID(),
      clientMessageId: null,
      meta: {},
      ...message,
    });
    // insert, not save: save first SELECTs the row to choose between INSERT and UPDATE, a round
    // trip per message while the session's lock is held. The generated created_at comes back.
    await manager.insert(MessageEntity, entity);
    return entity;
  },

  /** Mirrors the engine's questions into session_questions (a handful of rows per session). */
  async syncQuestions(
    manager: EntityManager,
    sessionId: string,
    state: InterviewState,
  ): Promise<void> {
    if (state.questions.length === 0) {
      return;
    }
    await manager
      .createQueryBuilder()
      .insert()
      .into(SessionQuestionEntity)
      .values(
        state.questions.map((asked, index) => ({
          sessionId,
          questionId: asked.question.id,
          position: index + 1,
          difficulty: asked.question.difficulty,
          followupsAsked: asked.followUps.length,
          hintsUsed: asked.hintsUsed,
          skipped: asked.status === 'skipped',
          askedAt: () => 'now()',
        })),
      )
      .orUpdate(['followups_asked', 'hints_used', 'skipped'], ['session_id', 'question_id'])
      .updateEntity(false)
      .execute();
  },

  /** Selection prefers questions the user has not seen: a question counts as seen once asked. */
  async markSeen(manager: EntityManager, userId: string, questionId: string): Promise<void> {
    await manager.query(
      `INSERT INTO user_questions_seen (user_id, question_id, first_seen_at, last_seen_at, times_seen)
       VALUES ($1, $2, now(), now(), 1)
       ON CONFLICT (user_id, question_id)
       DO UPDATE SET last_seen_at = now(), times_seen = user_questions_seen.times_seen + 1`,
      [userId, questionId],
    );
  },

  async transcript(manager: EntityManager, sessionId: string): Promise<TranscriptMessage[]> {
    const messages = await manager.find(MessageEntity, {
      where: { sessionId },
      order: { seq: 'ASC' },
    });
    return messages.map((message) => ({
      id: message.id,
      role: message.role,
      content: message.content,
      questionId: message.questionId,
      createdAt: message.createdAt.toISOString(),
    }));
  },
};
