import { NotFoundException } from '@nestjs/common';
import type { TranscriptMessage } from '@interview-prep/domain';
import type { EntityManager } from 'typeorm';
import { MessageEntity } from './message.entity';
import { SessionEntity } from './session.entity';

/** One turn's writes: the session with its new state, the turn's messages, a newly asked question. */
export interface TurnWrite {
  readonly session: SessionEntity;
  readonly messages: readonly MessageEntity[];
  readonly seenQuestionId: string | null;
  /**
   * The session's row version when it was read without a lock: the turn is written only if the
   * row is still that version. Null when the caller holds the session's lock.
   */
  readonly readVersion: string | null;
}

/** The session a post lands on, read in one statement without a lock. */
export interface SessionForTurn {
  readonly session: SessionEntity;
  /** The row's version (its xmin), which every update of the row changes. */
  readonly version: string;
  readonly nextSeq: number;
  /** The seq of an earlier post with the same client id (a resend), or null. */
  readonly resentSeq: number | null;
  /** The transcript's last messages, oldest first, as many as asked for. */
  readonly recent: readonly Pick<MessageEntity, 'role' | 'content'>[];
}

/** A turn computed on a version of the session that another write has replaced since. */
export class SessionChangedError extends Error {
  constructor() {
    super('The session changed while the turn was computed');
  }
}

// Named as the entity's properties, so that the row becomes a SessionEntity as it is.
const SESSION_COLUMNS = `s.id, s.user_id AS "userId", s.track, s.company, s.difficulty, s.status,
  s.config, s.state, s.job_description AS "jobDescription",
  s.parent_session_id AS "parentSessionId", s.overall_score AS "overallScore",
  s.started_at AS "startedAt", s.finished_at AS "finishedAt", s.created_at AS "createdAt",
  s.updated_at AS "updatedAt"`;

/**
 * The session's rows as one unit of work: every function runs on the caller's manager (its
 * transaction, if any), and a turn (candidate message, engine state, interviewer message,
 * questions) is written whole or not at all.
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

  /**
   * Where a post lands in the transcript: the next free seq, and the seq of an earlier post with
   * the same client id (a resend), in one round trip.
   */
  async position(
    manager: EntityManager,
    sessionId: string,
    clientMessageId: string | null,
  ): Promise<{ nextSeq: number; resentSeq: number | null }> {
    const [row] = await manager.query<{ next_seq: number; resent_seq: number | null }[]>(
      `SELECT coalesce(max(seq), 0) + 1 AS next_seq,
              max(seq) FILTER (WHERE client_message_id = $2) AS resent_seq
         FROM messages WHERE session_id = $1`,
      [sessionId, clientMessageId],
    );
    return { nextSeq: row?.next_seq ?? 1, resentSeq: row?.resent_seq ?? null };
  },

  /**
   * The user's session with its version, where a post lands in the transcript and its last
   * `recentCount` messages, in one statement (one snapshot) and without a lock: writeTurn then
   * checks the version. Another user's session is indistinguishable from a missing one (404).
   */
  async forTurn(
    manager: EntityManager,
    post: { userId: string; sessionId: string; clientMessageId: string },
    recentCount: number,
  ): Promise<SessionForTurn> {
    const [row] = await manager.query<
      (Partial<SessionEntity> & {
        version: string;
        next_seq: number;
        resent_seq: number | null;
        recent: SessionForTurn['recent'];
      })[]
    >(
      `SELECT ${SESSION_COLUMNS}, s.xmin::text AS version,
              (SELECT coalesce(max(m.seq), 0) + 1 FROM messages m WHERE m.session_id = s.id)
                AS next_seq,
              (SELECT m.seq FROM messages m WHERE m.session_id = s.id AND m.client_message_id = $3)
                AS resent_seq,
              (SELECT coalesce(json_agg(json_build_object('role', r.role, 'content', r.content)
                                        ORDER BY r.seq), '[]')
                 FROM (SELECT m.role, m.content, m.seq FROM messages m WHERE m.session_id = s.id
                        ORDER BY m.seq DESC LIMIT $4) r) AS recent
         FROM sessions s WHERE s.id = $1 AND s.user_id = $2`,
      [post.sessionId, post.userId, post.clientMessageId, recentCount],
    );
    if (!row) {
      throw new NotFoundException('Session not found');
    }
    const { version, next_seq: nextSeq, resent_seq: resentSeq, recent, ...columns } = row;
    return { session: manager.create(SessionEntity, columns), version, nextSeq, resentSeq, recent };
  },

  /** A message of the transcript by its seq. */
  async message(manager: EntityManager, sessionId: string, seq: number): Promise<MessageEntity> {
    return manager.findOneByOrFail(MessageEntity, { sessionId, seq });
  },

  /**
   * Writes a turn in one statement: its messages, the engine's state, the session's questions (a
   * handful of rows, upserted) and, when a question was just chosen, the user's seen row. One
   * round trip instead of five keeps the turn cheap (docs/PERFORMANCE.md). Each message gets its
   * stored created_at. With a read version, nothing is written if the session's row has changed
   * since (SessionChangedError): every write of a turn updates that row, so the check covers them
   * all.
   */
  async writeTurn(manager: EntityManager, turn: TurnWrite): Promise<void> {
    const { session, messages, seenQuestionId, readVersion } = turn;
    const state = session.state;
    const questions = (state?.questions ?? []).map((asked, index) => ({
      question_id: asked.question.id,
      position: index + 1,
      difficulty: asked.question.difficulty,
      followups_asked: asked.followUps.length,
      hints_used: asked.hintsUsed,
      skipped: asked.status === 'skipped',
    }));
    // Data-modifying CTEs all run, on one snapshot; they touch different tables, and each writes
    // only if the session's row was updated.
    const stored = await manager.query<{ id: string; created_at: Date }[]>(
      `WITH updated_session AS (
         UPDATE sessions SET state = $2::jsonb, status = $3, started_at = $4, updated_at = now()
          WHERE id = $1 AND ($16::xid IS NULL OR xmin = $16::xid)
         RETURNING id
       ), asked AS (
         INSERT INTO session_questions
                (session_id, question_id, position, difficulty, followups_asked, hints_used,
                 skipped, asked_at)
         SELECT $1, q.question_id, q.position, q.difficulty, q.followups_asked, q.hints_used,
                q.skipped, now()
           FROM jsonb_to_recordset($5::jsonb) AS q(question_id varchar, position integer,
                difficulty varchar, followups_asked integer, hints_used integer, skipped boolean)
          WHERE EXISTS (SELECT 1 FROM updated_session)
         ON CONFLICT (session_id, question_id) DO UPDATE
            SET followups_asked = excluded.followups_asked, hints_used = excluded.hints_used,
                skipped = excluded.skipped
       ), seen AS (
         INSERT INTO user_questions_seen (user_id, question_id, first_seen_at, last_seen_at, times_seen)
         SELECT $6, $7, now(), now(), 1
          WHERE $7::varchar IS NOT NULL AND EXISTS (SELECT 1 FROM updated_session)
         ON CONFLICT (user_id, question_id)
         DO UPDATE SET last_seen_at = now(), times_seen = user_questions_seen.times_seen + 1
       )
       INSERT INTO messages
              (id, session_id, seq, role, kind, content, question_id, client_message_id, meta)
       SELECT m.id, $1, m.seq, m.role, m.kind, m.content, m.question_id, m.client_message_id,
              m.meta
         FROM unnest($8::uuid[], $9::integer[], $10::varchar[], $11::varchar[], $12::text[],
              $13::varchar[], $14::varchar[], $15::jsonb[])
              AS m(id, seq, role, kind, content, question_id, client_message_id, meta)
        WHERE EXISTS (SELECT 1 FROM updated_session)
       RETURNING id, created_at`,
      [
        session.id,
        JSON.stringify(state),
        session.status,
        session.startedAt,
        JSON.stringify(questions),
        session.userId,
        seenQuestionId,
        // The candidate's text goes as text[], not inside JSON: a lone surrogate is then encoded as
        // any text parameter is, where jsonb would refuse it.
        messages.map((message) => message.id),
        messages.map((message) => message.seq),
        messages.map((message) => message.role),
        messages.map((message) => message.kind),
        messages.map((message) => message.content),
        messages.map((message) => message.questionId),
        messages.map((message) => message.clientMessageId),
        messages.map((message) => JSON.stringify(message.meta)),
        readVersion,
      ],
    );
    if (stored.length === 0) {
      throw new SessionChangedError();
    }
    const createdAt = new Map(stored.map((row) => [row.id, new Date(row.created_at)]));
    for (const message of messages) {
      message.createdAt = createdAt.get(message.id) ?? message.createdAt;
    }
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
