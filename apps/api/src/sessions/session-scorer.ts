import { Injectable } from '@nestjs/common';
import type { Company, InterviewResults, SessionTrack } from '@interview-prep/contracts';
import {
  buildScoringPrompt,
  mergeLlmScoring,
  scoreInterview,
  type AskedQuestionRecord,
  type RubricSet,
  type TranscriptMessage,
} from '@interview-prep/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { LlmClient } from '../ai/llm-client';
import { toEvaluationColumns, toInterviewResults } from './evaluation-mapping';
import { EvaluationEntity } from './evaluation.entity';
import { InterviewService } from './interview.service';
import { RubricStore } from './rubric-store';
import { SessionQuestionEntity } from './session-question.entity';
import { sessionStore } from './session-store';
import { SessionEntity } from './session.entity';

interface ScoringRun {
  readonly results: InterviewResults;
  /** Set when this call scored the session (not a repeated finalize): what the LLM needs. */
  readonly fresh: {
    readonly company: Company;
    readonly transcript: readonly TranscriptMessage[];
    readonly questions: readonly AskedQuestionRecord[];
    readonly rubrics: RubricSet;
  } | null;
}

/**
 * Finalizing a session: close the interview, score the transcript offline (always, and stored at
 * once), then let the LLM refine the feedback when there is one. Idempotent: a second call returns
 * the stored results; a finished session is read-only.
 */
@Injectable()
export class SessionScorer {
  constructor(
    private readonly dataSource: DataSource,
    private readonly interview: InterviewService,
    private readonly rubrics: RubricStore,
    private readonly llm: LlmClient,
  ) {}

  async finalize(userId: string, sessionId: string): Promise<InterviewResults> {
    const run = await this.dataSource.transaction((manager) =>
      this.scoreOffline(manager, userId, sessionId),
    );
    if (!run.fresh || !this.llm.enabled) {
      return run.results;
    }
    const prompt = buildScoringPrompt({ ...run.fresh, offline: run.results });
    const reply = await this.llm.completeJson(prompt.messages, (value) => value, {
      maxTokens: 2_000,
    });
    if (reply === null) {
      return run.results;
    }
    const merged = mergeLlmScoring(reply, run.results, {
      model: this.llm.model,
      transcript: run.fresh.transcript,
    });
    if (merged.source.kind !== 'llm') {
      return run.results;
    }
    await this.dataSource.transaction((manager) => this.save(manager, sessionId, merged, 'update'));
    return merged;
  }

  private async scoreOffline(
    manager: EntityManager,
    userId: string,
    sessionId: string,
  ): Promise<ScoringRun> {
    const session = await sessionStore.lockOwned(manager, userId, sessionId);
    const existing = await manager.findOneBy(EvaluationEntity, { sessionId });
    if (existing) {
      return { results: toInterviewResults(existing), fresh: null };
    }
    const state = await this.interview.close(manager, session);
    const transcript = await sessionStore.transcript(manager, sessionId);
    const questions = state.questions.map((asked) => ({
      question: asked.question,
      hintsUsed: asked.hintsUsed,
    }));
    const rubrics = this.rubrics.forTrack(session.track as SessionTrack);
    const results = scoreInterview({ transcript, questions, rubrics });
    await this.save(manager, sessionId, results, 'insert');
    return {
      results,
      fresh: { company: session.company as Company, transcript, questions, rubrics },
    };
  }

  private async save(
    manager: EntityManager,
    sessionId: string,
    results: InterviewResults,
    mode: 'insert' | 'update',
  ): Promise<void> {
    const columns = toEvaluationColumns(results);
    if (mode === 'insert') {
      await manager.insert(EvaluationEntity, { sessionId, ...columns });
    } else {
      await manager.update(EvaluationEntity, { sessionId }, columns);
    }
    await manager.update(SessionEntity, sessionId, {
      status: 'completed',
      overallScore: results.overall_score,
      finishedAt: () => 'COALESCE(finished_at, now())',
    });
    for (const note of results.questions) {
      await manager.update(
        SessionQuestionEntity,
        { sessionId, questionId: note.question_id },
        { score: note.score },
      );
    }
  }
}
