import type { Company, Difficulty, QuestionType, Track } from '@interview-prep/contracts';
import type { BankQuestion } from '@interview-prep/domain';
import type { QuestionEntity } from './question.entity';

/** The domain's view of a stored question. */
export function toBankQuestion(row: QuestionEntity): BankQuestion {
  return {
    id: row.id,
    track: row.track as Track,
    company: row.company as Company,
    difficulty: row.difficulty as Difficulty,
    title: row.title,
    prompt: row.prompt,
    questionType: row.questionType as QuestionType,
    tags: row.tags,
    followups: row.followups,
    keyPoints: row.keyPoints,
    expectedTopics: row.expectedTopics,
    evaluationFocus: row.evaluationFocus,
    hints: row.hints,
    referenceAnswer: row.referenceAnswer,
    estimatedMinutes: row.estimatedMinutes,
  };
}
