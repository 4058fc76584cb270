import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  RUBRIC_DIMENSIONS,
  type Company,
  type Difficulty,
  type DimensionProgress,
  type ProgressReport,
  type QuestionAttempts,
  type QuestionSummary,
  type RubricScores,
  type SessionResults,
  type SessionTrack,
  type TagProgress,
} from '@interview-prep/contracts';
import { Repository } from 'typeorm';
import { QuestionEntity } from '../questions/question.entity';
import { toQuestionSummary } from '../questions/question-mapping';
import { toInterviewResults } from '../sessions/evaluation-mapping';
import { EvaluationEntity } from '../sessions/evaluation.entity';
import { SessionEntity } from '../sessions/session.entity';

/** A tag scoring below this (0-100) is one to practise. */
const WEAK_TAG_SCORE = 70;
const WEAK_TAGS_SHOWN = 5;
const SUGGESTIONS_PER_TAG = 3;

@Injectable()
export class AnalyticsService {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @InjectRepository(EvaluationEntity) private readonly evaluations: Repository<EvaluationEntity>,
  ) {}

  async results(userId: string, sessionId: string): Promise<SessionResults> {
    const session = await this.sessions.findOneBy({ id: sessionId, userId });
    const evaluation = session && (await this.evaluations.findOneBy({ sessionId }));
    if (!session) {
      throw new NotFoundException('Session not found');
    }
    if (!evaluation) {
      throw new NotFoundException('No results yet: finalize the session first');
    }
    const results = toInterviewResults(evaluation);
    return {
      session_id: session.id,
      track: session.track as SessionTrack,
      company: session.company as Company,
      difficulty: session.difficulty as Difficulty,
      finished_at: session.finishedAt?.toISOString() ?? null,
      ...results,
      attempts: await this.attempts(
        userId,
        session,
        results.questions.map((q) => q.question_id),
      ),
    };
  }

  async progress(userId: string): Promise<ProgressReport> {
    const evaluations = await this.evaluations
      .createQueryBuilder('e')
      .innerJoinAndSelect('e.session', 's')
      .where('s.user_id = :userId', { userId })
      .orderBy('s.finished_at', 'ASC')
      .getMany();
    const timeline = evaluations.map((e) => ({
      session_id: e.sessionId,
      finished_at: (e.session?.finishedAt ?? e.createdAt).toISOString(),
      overall_score: e.overallScore,
      rubric: e.rubric as RubricScores,
      source: e.source,
    }));
    const dimensions: DimensionProgress[] = RUBRIC_DIMENSIONS.map((dimension) => ({
      dimension,
      average: round1(mean(timeline.map((point) => point.rubric[dimension]))),
    }));
    const tags = await this.tagProgress(userId);
    const weak = tags.filter((tag) => tag.average_score < WEAK_TAG_SCORE).slice(0, WEAK_TAGS_SHOWN);
    return {
      sessions_completed: timeline.length,
      timeline,
      dimensions: timeline.length ? dimensions : [],
      tags,
      weakest_tags: await Promise.all(
        weak.map(async (tag) => ({
          ...tag,
          suggested_questions: await this.suggestions(userId, tag.tag),
        })),
      ),
      weakest_dimensions: timeline.length
        ? [...dimensions].sort((a, b) => a.average - b.average).slice(0, 2)
        : [],
    };
  }

  /** Every scored question per tag, weakest first. */
  private async tagProgress(userId: string): Promise<TagProgress[]> {
    const rows = await this.sessions.query<
      { tag: string; average_score: number; questions: number; last_practised: Date }[]
    >(
      `SELECT tag, avg(sq.score)::float AS average_score, count(*)::int AS questions,
              max(sq.asked_at) AS last_practised
         FROM session_questions sq
         JOIN sessions s ON s.id = sq.session_id
         JOIN questions q ON q.id = sq.question_id, unnest(q.tags) AS tag
        WHERE s.user_id = $1 AND sq.score IS NOT NULL AND tag <> 'behavioral'
        GROUP BY tag
        ORDER BY avg(sq.score), tag`,
      [userId],
    );
    return rows.map((row) => ({
      tag: row.tag,
      average_score: Math.round(row.average_score),
      questions: row.questions,
      last_practised: new Date(row.last_practised).toISOString(),
    }));
  }

  /** Unseen questions on a weak tag, for the "practise this" action. */
  private async suggestions(userId: string, tag: string): Promise<QuestionSummary[]> {
    const rows = await this.sessions.manager
      .createQueryBuilder(QuestionEntity, 'q')
      .where('q.is_active')
      .andWhere(':tag = ANY(q.tags)', { tag })
      .andWhere(
        'NOT EXISTS (SELECT 1 FROM user_questions_seen seen WHERE seen.user_id = :userId AND seen.question_id = q.id)',
        { userId },
      )
      .orderBy('q.random_key')
      .limit(SUGGESTIONS_PER_TAG)
      .getMany();
    return rows.map(toQuestionSummary);
  }

  /** Other finished tries at this session's questions, oldest first, and the change from the last one. */
  private async attempts(
    userId: string,
    session: SessionEntity,
    questionIds: readonly string[],
  ): Promise<QuestionAttempts[]> {
    if (questionIds.length === 0) {
      return [];
    }
    const rows = await this.sessions.query<
      {
        question_id: string;
        session_id: string;
        finished_at: Date | null;
        details: EvaluationEntity['details'];
      }[]
    >(
      `SELECT sq.question_id, s.id AS session_id, s.finished_at, e.details
         FROM session_questions sq
         JOIN sessions s ON s.id = sq.session_id
         JOIN evaluations e ON e.session_id = s.id
        WHERE s.user_id = $1 AND sq.question_id = ANY($2)
        ORDER BY s.finished_at, s.id`,
      [userId, questionIds],
    );
    return questionIds.flatMap((questionId) => {
      const tries = rows
        .filter((row) => row.question_id === questionId)
        .map((row) => {
          const note = row.details.questions.find((q) => q.question_id === questionId);
          return {
            session_id: row.session_id,
            finished_at: row.finished_at ? new Date(row.finished_at).toISOString() : null,
            score: note?.score ?? null,
            rubric: note?.rubric ?? null,
            title: note?.title ?? questionId,
          };
        });
      if (tries.length < 2) {
        return [];
      }
      const index = tries.findIndex((attempt) => attempt.session_id === session.id);
      const current = tries[index]?.rubric;
      const previous = index > 0 ? tries[index - 1].rubric : null;
      return [
        {
          question_id: questionId,
          title: tries[0].title,
          attempts: tries.map(({ title: _title, ...attempt }) => attempt),
          change: current && previous ? difference(current, previous) : null,
        },
      ];
    });
  }
}

function difference(current: RubricScores, previous: RubricScores): RubricScores {
  return Object.fromEntries(
    RUBRIC_DIMENSIONS.map((d) => [d, round1(current[d] - previous[d])]),
  ) as unknown as RubricScores;
}

function mean(values: readonly number[]): number {
  return values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : 0;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
