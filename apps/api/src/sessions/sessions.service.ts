import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  DEFAULT_PAGE_SIZE,
  type CreateSessionRequest,
  type Page,
  type SessionDetail,
  type SessionStatus,
  type SessionSummary,
} from '@interview-prep/contracts';
import {
  progressOf,
  resolveInterviewConfig,
  type InterviewConfigInput,
} from '@interview-prep/domain';
import { randomInt } from 'node:crypto';
import { Repository } from 'typeorm';
import { EvaluationEntity } from './evaluation.entity';
import { MessageEntity } from './message.entity';
import { SessionQuestionEntity } from './session-question.entity';
import { toSessionMessage, toSessionSummary } from './session-mapping';
import { SessionEntity } from './session.entity';

export interface SessionListFilter {
  readonly track?: string;
  readonly company?: string;
  readonly status?: SessionStatus;
  readonly page?: number;
  readonly page_size?: number;
}

/** Sessions as records: create, list, read, delete, and retry one question of a past session. */
@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @InjectRepository(MessageEntity) private readonly messages: Repository<MessageEntity>,
    @InjectRepository(SessionQuestionEntity)
    private readonly sessionQuestions: Repository<SessionQuestionEntity>,
  ) {}

  async create(userId: string, request: CreateSessionRequest): Promise<SessionSummary> {
    const session = await this.insert(userId, request, {
      maxQuestions: request.max_questions,
      behavioralQuestions: request.behavioral_questions,
      durationMinutes: request.duration_minutes,
    });
    return toSessionSummary(session, null);
  }

  async list(userId: string, filter: SessionListFilter): Promise<Page<SessionSummary>> {
    const page = filter.page ?? 1;
    const pageSize = filter.page_size ?? DEFAULT_PAGE_SIZE;
    const builder = this.sessions
      .createQueryBuilder('s')
      .leftJoin(EvaluationEntity, 'e', 'e.session_id = s.id')
      .addSelect('e.source', 'score_source')
      .where('s.user_id = :userId', { userId });
    if (filter.track) {
      builder.andWhere('s.track = :track', { track: filter.track });
    }
    if (filter.company) {
      builder.andWhere('s.company = :company', { company: filter.company });
    }
    if (filter.status) {
      builder.andWhere('s.status = :status', { status: filter.status });
    }
    const total = await builder.getCount();
    const { entities, raw } = await builder
      .orderBy('s.created_at', 'DESC')
      .addOrderBy('s.id')
      .offset((page - 1) * pageSize)
      .limit(pageSize)
      .getRawAndEntities<{ score_source: 'llm' | 'offline' | null }>();
    return {
      items: entities.map((session, i) => toSessionSummary(session, raw[i].score_source)),
      total,
      page,
      page_size: pageSize,
    };
  }

  async get(userId: string, sessionId: string): Promise<SessionDetail> {
    const session = await this.findOwned(userId, sessionId);
    const [messages, evaluation] = await Promise.all([
      this.messages.find({ where: { sessionId }, order: { seq: 'ASC' } }),
      this.sessions.manager.findOne(EvaluationEntity, {
        where: { sessionId },
        select: { id: true, source: true },
      }),
    ]);
    return {
      ...toSessionSummary(session, evaluation?.source ?? null),
      job_description: session.jobDescription,
      progress: session.state ? progressOf(session.state, new Date().toISOString()) : null,
      messages: messages.map(toSessionMessage),
    };
  }

  async remove(userId: string, sessionId: string): Promise<void> {
    const { affected } = await this.sessions.delete({ id: sessionId, userId });
    if (!affected) {
      throw new NotFoundException('Session not found');
    }
  }

  /** A short session that re-asks one question of a past one, to rehearse a weak answer. */
  async retry(userId: string, sessionId: string, questionId: string): Promise<SessionSummary> {
    const parent = await this.findOwned(userId, sessionId);
    const asked = await this.sessionQuestions.findOneBy({ sessionId, questionId });
    if (!asked) {
      throw new NotFoundException('Question not found in this session');
    }
    const session = await this.insert(
      userId,
      {
        track: parent.track as CreateSessionRequest['track'],
        company: parent.company as CreateSessionRequest['company'],
        difficulty: asked.difficulty as CreateSessionRequest['difficulty'],
      },
      { maxQuestions: 1, behavioralQuestions: 0, warmup: false, durationMinutes: 15 },
      { parentSessionId: parent.id, retryQuestionId: questionId },
    );
    return toSessionSummary(session, null);
  }

  async findOwned(userId: string, sessionId: string): Promise<SessionEntity> {
    const session = await this.sessions.findOneBy({ id: sessionId, userId });
    if (!session) {
      throw new NotFoundException('Session not found');
    }
    return session;
  }

  private insert(
    userId: string,
    request: CreateSessionRequest,
    interview: InterviewConfigInput,
    retry: { parentSessionId: string; retryQuestionId: string } | null = null,
  ): Promise<SessionEntity> {
    return this.sessions.save(
      this.sessions.create({
        userId,
        track: request.track,
        company: request.company,
        difficulty: request.difficulty,
        status: 'created',
        config: {
          interview: resolveInterviewConfig(interview),
          seed: randomInt(0, 2 ** 31),
          retryQuestionId: retry?.retryQuestionId ?? null,
        },
        state: null,
        jobDescription: request.job_description ?? null,
        parentSessionId: retry?.parentSessionId ?? null,
      }),
    );
  }
}
