import type { Company, Difficulty, QuestionType, Track } from '@interview-prep/contracts';
import type { BankQuestion } from '../../question-bank';

/** How good an answer is, as the team graded it: 5 excellent ... 1 off-topic. */
export type QualityGrade = 5 | 4 | 3 | 2 | 1;

export interface GradedAnswer {
  readonly grade: QualityGrade;
  readonly text: string;
}

/** A question and five answers to it, from excellent to off-topic. */
export interface QualityItem {
  readonly question: BankQuestion;
  readonly answers: readonly [GradedAnswer, GradedAnswer, GradedAnswer, GradedAnswer, GradedAnswer];
}

interface QuestionFields {
  readonly id: string;
  readonly track: Track;
  readonly difficulty: Difficulty;
  readonly questionType: QuestionType;
  readonly title: string;
  readonly prompt: string;
  readonly tags: readonly string[];
  readonly keyPoints: readonly string[];
  readonly expectedTopics: readonly string[];
  readonly followups?: readonly string[];
  readonly company?: Company;
}

/** A quality-set question with the bank's optional fields filled. */
export function qualityQuestion(fields: QuestionFields): BankQuestion {
  return {
    company: 'general',
    followups: [],
    evaluationFocus: [],
    hints: [],
    referenceAnswer: null,
    estimatedMinutes: null,
    ...fields,
  };
}

/** The five answers in grade order, so each item reads top to bottom. */
export function graded(
  excellent: string,
  good: string,
  partial: string,
  weak: string,
  offTopic: string,
): QualityItem['answers'] {
  return [
    { grade: 5, text: excellent },
    { grade: 4, text: good },
    { grade: 3, text: partial },
    { grade: 2, text: weak },
    { grade: 1, text: offTopic },
  ];
}
