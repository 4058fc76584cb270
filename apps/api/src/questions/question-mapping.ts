import type {
  Company,
  Difficulty,
  QuestionSummary,
  QuestionType,
  Track,
} from '@interview-prep/contracts';
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

/** A question as listed on the wire. */
export function toQuestionSummary(row: QuestionEntity): QuestionSummary {
  return {
    id: row.id,
    track: row.track as Track,
    company: row.company as Company,
    difficulty: row.difficulty as Difficulty,
    question_type: row.questionType as QuestionType,
    title: row.title,
    tags: row.tags,
    estimated_minutes: row.estimatedMinutes,
  };
}
