import { ConflictException, Injectable } from '@nestjs/common';
import type { Company, Difficulty, SessionTrack, TurnResponse } from '@interview-prep/contracts';
import { InterviewEngine, type InterviewState, type TurnResult } from '@interview-prep/domain';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { DatabaseQuestionCatalog } from '../questions/question-catalog';
import { toBankQuestion } from '../questions/question-mapping';
import { QuestionEntity } from '../questions/question.entity';
import { UserEntity } from '../users/user.entity';
import { LearningProfile } from './learning-profile';
import { MessageEntity, type TurnMeta } from './message.entity';
import { ReplyPolisher, type PolishRequest } from './reply-polisher';
import { toSessionMessage } from './session-mapping';
import { SessionChangedError, sessionStore } from './session-store';
import { SessionEntity } from './session.entity';

/** A turn as stored, before the LLM polishes the interviewer's words. */
export interface StoredTurn {
  readonly session: SessionEntity;
  readonly candidate: MessageEntity | null;
  readonly interviewer: MessageEntity;
  readonly meta: TurnMeta;
  /** Null for a replayed post: its reply was already polished the first time. */
  readonly polish: PolishRequest | null;
}

const RECENT_MESSAGES = 6;

/** A candidate's post to a session. */
interface Post {
  readonly userId: string;
  readonly sessionId: string;
  readonly content: string;
  readonly clientMessageId: string;
}

/**
 * The interview over the database: the domain's engine decides, this stores. Each turn is written
 * whole in one statement before any LLM call, so nothing is lost, and two posts to one session
 * never interleave: a turn is written only on the version of the session it was computed on.
 */
@Injectable()
export class InterviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly polisher: ReplyPolisher,
    private readonly learning: LearningProfile,
  ) {}

  /** The opening; a second call returns the same one. */
  async start(userId: string, sessionId: string): Promise<TurnResponse> {
    const turn = await this.dataSource.transaction(async (manager) => {
      const session = await sessionStore.lockOwned(manager, userId, sessionId);
      if (session.state) {
        return this.storedOpening(manager, session);
      }
      return this.open(manager, session, userId);
    });
    return this.polished(turn);
  }

  async message(
    userId: string,
    sessionId: string,
    content: string,
    clientMessageId: string,
  ): Promise<TurnResponse> {
    return this.polished(await this.storeTurn(userId, sessionId, content, clientMessageId));
  }

  /**
   * Stores the candidate's message and the engine's reply. First without a lock: the session is
   * read in one statement and the turn written in one more, only if the session has not changed
   * in between (2 round trips instead of 5, and no connection held while the engine thinks). A
   * post that loses that race, to a concurrent post on the same session, runs again under the
   * session's row lock, where it waits its turn instead.
   */
  async storeTurn(
    userId: string,
    sessionId: string,
    content: string,
    clientMessageId: string,
  ): Promise<StoredTurn> {
    const post: Post = { userId, sessionId, content, clientMessageId };
    try {
      return await this.playTurn(this.dataSource.manager, post, 'unlocked');
    } catch (error) {
      if (!(error instanceof SessionChangedError)) {
        throw error;
      }
    }
    return this.dataSource.transaction(async (manager) => {
      await sessionStore.lockOwned(manager, userId, sessionId);
      return this.playTurn(manager, post, 'locked');
    });
  }

  private async playTurn(
    manager: EntityManager,
    post: Post,
    lock: 'unlocked' | 'locked',
  ): Promise<StoredTurn> {
    const { userId, sessionId, content, clientMessageId } = post;
    // The LLM's context is read with the session: no round trip of its own before the LLM call.
    const { session, version, nextSeq, resentSeq, recent } = await sessionStore.forTurn(
      manager,
      post,
      this.polisher.enabled ? RECENT_MESSAGES : 0,
    );
    if (resentSeq !== null) {
      return this.storedReply(manager, session, resentSeq);
    }
    const state = this.playable(session);
    const candidateId = randomUUID();
    const now = new Date().toISOString();
    const result = await this.engine(manager, userId).reply(state, {
      id: candidateId,
      content,
      at: now,
    });
    const candidate = manager.create(MessageEntity, {
      id: candidateId,
      sessionId,
      seq: nextSeq,
      role: 'candidate',
      kind: 'answer',
      content,
      questionId: result.candidateQuestionId,
      clientMessageId,
      meta: {},
    });
    const readVersion = lock === 'unlocked' ? version : null;
    return this.storeResult(manager, session, result, candidate, nextSeq + 1, recent, readVersion);
  }

  /** Ends the interview if it is still going: the closing words are stored like a turn. */
  async close(manager: EntityManager, session: SessionEntity): Promise<InterviewState> {
    const state = session.state;
    if (!state) {
      throw new ConflictException('The session has not started');
    }
    if (state.phase === 'finished') {
      return state;
    }
    const result = this.engine(manager, session.userId).end(state, new Date().toISOString());
    const { nextSeq } = await sessionStore.position(manager, session.id, null);
    await this.storeResult(manager, session, result, null, nextSeq, []);
    return result.state;
  }

  /** Lets the LLM rephrase the stored reply; the stored message ends as what the candidate sees. */
  async polished(turn: StoredTurn): Promise<TurnResponse> {
    if (turn.polish) {
      const text = await this.polisher.polish(turn.polish);
      if (text !== null) {
        await this.saveRewrite(turn.interviewer, turn.meta, text);
      }
    }
    return this.response(turn);
  }

  async saveRewrite(interviewer: MessageEntity, meta: TurnMeta, text: string): Promise<void> {
    interviewer.content = text;
    interviewer.meta = { ...meta, source: 'llm' };
    await this.dataSource.getRepository(MessageEntity).update(interviewer.id, {
      content: text,
      meta: interviewer.meta,
    });
  }

  response(turn: StoredTurn): TurnResponse {
    return {
      candidate_message: turn.candidate ? toSessionMessage(turn.candidate) : null,
      interviewer_message: toSessionMessage(turn.interviewer),
      phase: turn.meta.progress.phase,
      progress: turn.meta.progress,
      decision: turn.meta.decision,
    };
  }

  private async open(
    manager: EntityManager,
    session: SessionEntity,
    userId: string,
  ): Promise<StoredTurn> {
    const config = session.config;
    const user = await manager.findOneByOrFail(UserEntity, { id: userId });
    const pinned = config.retryQuestionId
      ? [
          toBankQuestion(
            await manager.findOneByOrFail(QuestionEntity, { id: config.retryQuestionId }),
          ),
        ]
      : [];
    const weak = await this.learning.weakSpots(manager, userId);
    const startedAt = new Date();
    const result = await this.engine(manager, userId).start({
      candidateName: user.fullName ?? '',
      track: session.track as SessionTrack,
      company: session.company as Company,
      difficulty: session.difficulty as Difficulty,
      seed: config.seed,
      startedAt: startedAt.toISOString(),
      config: config.interview,
      weakTags: weak.tags,
      weakDimensions: weak.dimensions,
      jobDescription: session.jobDescription,
      pinnedQuestions: pinned,
    });
    session.status = 'in_progress';
    session.startedAt = startedAt;
    return this.storeResult(manager, session, result, null, 1, []);
  }

  private async storeResult(
    manager: EntityManager,
    session: SessionEntity,
    result: TurnResult,
    candidate: MessageEntity | null,
    seq: number,
    earlier: readonly Pick<MessageEntity, 'role' | 'content'>[],
    readVersion: string | null = null,
  ): Promise<StoredTurn> {
    const meta: TurnMeta = {
      decision: result.decision,
      progress: result.progress,
      source: 'engine',
    };
    const interviewer = manager.create(MessageEntity, {
      id: randomUUID(),
      sessionId: session.id,
      seq,
      role: 'interviewer',
      kind: result.decision.kind,
      content: result.reply.text,
      questionId: result.reply.questionId,
      clientMessageId: null,
      meta,
    });
    const messages = candidate ? [candidate, interviewer] : [interviewer];
    session.state = result.state;
    await sessionStore.writeTurn(manager, {
      session,
      messages,
      seenQuestionId: result.decision.selection ? (result.decision.question_id ?? null) : null,
      readVersion,
    });
    const polish: PolishRequest = {
      state: result.state,
      decision: result.decision,
      draft: result.reply.text,
      recentMessages: [...earlier, ...messages]
        .slice(-RECENT_MESSAGES)
        .map(({ role, content }) => ({ role, content })),
    };
    return { session, candidate, interviewer, meta, polish };
  }

  private async storedOpening(manager: EntityManager, session: SessionEntity): Promise<StoredTurn> {
    const opening = await sessionStore.message(manager, session.id, 1);
    return {
      session,
      candidate: null,
      interviewer: opening,
      meta: opening.meta as TurnMeta,
      polish: null,
    };
  }

  private async storedReply(
    manager: EntityManager,
    session: SessionEntity,
    candidateSeq: number,
  ): Promise<StoredTurn> {
    const candidate = await sessionStore.message(manager, session.id, candidateSeq);
    const interviewer = await sessionStore.message(manager, session.id, candidateSeq + 1);
    return { session, candidate, interviewer, meta: interviewer.meta as TurnMeta, polish: null };
  }

  /** The state a new message can be played on, or the 409 that says why not. */
  private playable(session: SessionEntity): InterviewState {
    const state = session.state;
    if (session.status === 'completed') {
      throw new ConflictException('The session is finished and read-only');
    }
    if (!state) {
      throw new ConflictException('Start the session before sending messages');
    }
    if (state.phase === 'finished') {
      throw new ConflictException('The interview is over: finalize it to see the results');
    }
    return state;
  }

  private engine(manager: EntityManager, userId: string): InterviewEngine {
    return new InterviewEngine({ catalog: new DatabaseQuestionCatalog(manager, userId) });
  }
}
