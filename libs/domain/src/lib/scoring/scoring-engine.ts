import {
  type EvidenceQuote,
  FEEDBACK_SECTIONS,
  type FeedbackSection,
  type InterviewResults,
  type QuestionNote,
  RUBRIC_DIMENSIONS,
  type RubricDimension,
  type RubricScores,
} from '@interview-prep/contracts';
import { mean, round } from '../util/text';
import { answerStatistics } from './answer-statistics';
import { type Quote, toEvidenceQuote } from './evidence';
import { type Feedback, type FeedbackLine, missedPoints, writeFeedback } from './feedback';
import { overallOf } from './offline-grader';
import { capUnsupported, type QuestionReview, reviewQuestion } from './question-review';
import type { RubricSet } from './rubric';
import type { AskedQuestionRecord, TranscriptMessage } from './transcript';

export interface ScoringInput {
  readonly transcript: readonly TranscriptMessage[];
  /** The questions asked, in order. */
  readonly questions: readonly AskedQuestionRecord[];
  readonly rubrics: RubricSet;
}

/**
 * The offline score of a session: each question graded from its answers, the rubric averaged
 * over the questions that were reached, overall = round(mean x 10), and feedback quoting the
 * candidate. Deterministic: the same transcript always gets the same results.
 */
export function scoreInterview(input: ScoringInput): InterviewResults {
  const reviews = input.questions.map((record) => reviewQuestion(record, input.transcript));
  const { rubric, evidence } = overallRubric(reviews);
  const overall = overallOf(rubric);
  const feedback = writeFeedback(reviews, input.rubrics, overall);
  return {
    overall_score: overall,
    rubric,
    strengths: feedback.strengths.map((line) => line.text),
    weaknesses: feedback.weaknesses.map((line) => line.text),
    next_steps: feedback.nextSteps.map((line) => line.text),
    evidence: [...rubricEvidence(evidence), ...feedbackEvidence(feedback)],
    questions: reviews.map(questionNote),
    statistics: answerStatistics(reviews, input.transcript),
    source: { kind: 'offline' },
  };
}

/** The mean per dimension over the questions reached, with the best quote for each. */
function overallRubric(reviews: readonly QuestionReview[]): {
  rubric: RubricScores;
  evidence: Partial<Record<RubricDimension, Quote>>;
} {
  const scored = reviews.filter((review) => review.rubric !== null);
  const evidence: Partial<Record<RubricDimension, Quote>> = {};
  const raw = {} as Record<RubricDimension, number>;
  for (const dimension of RUBRIC_DIMENSIONS) {
    raw[dimension] = round(mean(scored.map((review) => review.rubric?.[dimension] ?? 0)), 1);
    const best = [...scored]
      .filter((review) => review.evidence[dimension] !== undefined)
      .sort((a, b) => (b.rubric?.[dimension] ?? 0) - (a.rubric?.[dimension] ?? 0))[0];
    const quote = best?.evidence[dimension];
    if (quote !== undefined) {
      evidence[dimension] = quote;
    }
  }
  return { rubric: capUnsupported(raw, evidence), evidence };
}

function rubricEvidence(evidence: Partial<Record<RubricDimension, Quote>>): EvidenceQuote[] {
  return RUBRIC_DIMENSIONS.flatMap((dimension) => {
    const quote = evidence[dimension];
    return quote === undefined ? [] : [toEvidenceQuote({ section: 'rubric', dimension }, quote)];
  });
}

function feedbackEvidence(feedback: Feedback): EvidenceQuote[] {
  const lines: Readonly<Record<FeedbackSection, readonly FeedbackLine[]>> = {
    strengths: feedback.strengths,
    weaknesses: feedback.weaknesses,
    next_steps: feedback.nextSteps,
  };
  return FEEDBACK_SECTIONS.flatMap((section) =>
    lines[section].flatMap((line, index) =>
      line.quote === null ? [] : [toEvidenceQuote({ section, index }, line.quote)],
    ),
  );
}

function questionNote(review: QuestionReview): QuestionNote {
  const { question, hintsUsed } = review.record;
  const missed = review.outcome === 'not_answered' ? [] : missedPoints(review);
  return {
    question_id: question.id,
    title: question.title,
    kind: review.profile.kind,
    difficulty: question.difficulty,
    outcome: review.outcome,
    score: review.rubric === null ? null : overallOf(review.rubric),
    rubric: review.rubric,
    covered_key_points:
      review.outcome === 'not_answered'
        ? []
        : question.keyPoints.filter((point) => !missed.includes(point)),
    missed_key_points: missed,
    hints_used: hintsUsed,
    answer_message_ids: review.analyses.map((analysis) => analysis.messageId),
    comment: commentOn(review, missed.length),
    reference_answer: question.referenceAnswer,
  };
}

function commentOn(review: QuestionReview, missedCount: number): string {
  const total = review.record.question.keyPoints.length;
  const hints = review.record.hintsUsed;
  const hintNote = hints === 0 ? '' : ` Used ${hints} hint${hints === 1 ? '' : 's'}.`;
  switch (review.outcome) {
    case 'not_answered':
      return 'The interview ended before this question was answered; it is not part of the score.';
    case 'skipped':
      return `Skipped, so it scores zero.${hintNote}`;
    case 'answered':
      return total === 0
        ? `Answered.${hintNote}`
        : `Covered ${total - missedCount} of ${total} key points.${hintNote}`;
  }
}
