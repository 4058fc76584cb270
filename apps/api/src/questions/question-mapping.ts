import {
  BEHAVIORAL_TAG,
  type Company,
  type Difficulty,
  type QuestionSummary,
  type QuestionType,
  type Track,
} from '@interview-prep/contracts';
import type { BankQuestion } from '@interview-prep/domain';
import type { QuestionEntity } from './question.entity';

/** The stored columns the domain's view of a question is made of. */
export type BankQuestionColumns = Pick<
  QuestionEntity,
  | 'id'
  | 'track'
  | 'company'
  | 'difficulty'
  | 'title'
  | 'prompt'
  | 'questionType'
  | 'tags'
  | 'followups'
  | 'keyPoints'
  | 'expectedTopics'
  | 'evaluationFocus'
  | 'hints'
  | 'referenceAnswer'
  | 'estimatedMinutes'
>;

/** A question as the seeder stores it, before its content hash. */
export type QuestionRow = Omit<
  QuestionEntity,
  'contentHash' | 'randomKey' | 'createdAt' | 'updatedAt'
>;

/** The row of a bank question read from `sourceFile`. */
export function toQuestionRow(question: BankQuestion, sourceFile: string): QuestionRow {
  return {
    id: question.id,
    track: question.track,
    company: question.company,
    difficulty: question.difficulty,
    questionType: question.questionType,
    isBehavioral: question.tags.includes(BEHAVIORAL_TAG),
    title: question.title,
    prompt: question.prompt,
    tags: [...question.tags],
    followups: [...question.followups],
    keyPoints: [...question.keyPoints],
    expectedTopics: [...question.expectedTopics],
    evaluationFocus: [...question.evaluationFocus],
    hints: [...question.hints],
    referenceAnswer: question.referenceAnswer,
    estimatedMinutes: question.estimatedMinutes,
    sourceFile,
    isActive: true,
  };
}

/** The domain's view of a stored question. */
export function toBankQuestion(row: BankQuestionColumns): BankQuestion {
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
