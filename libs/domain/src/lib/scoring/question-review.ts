import {
  type QuestionOutcome,
  RUBRIC_DIMENSIONS,
  type RubricDimension,
  type RubricScores,
} from '@interview-prep/contracts';
import {
  type AnswerAnalysis,
  analyzeAnswer,
  type CandidateMessage,
} from '../analysis/answer-analysis';
import { type AnswerFeatures, featuresOf, mergeFeatures } from '../analysis/answer-features';
import { type CandidateIntent, detectIntent } from '../analysis/candidate-intent';
import type { JunkVerdict } from '../analysis/junk-gate';
import { profileQuestion, type QuestionProfile } from '../analysis/question-profile';
import { evidenceFor, type Quote } from './evidence';
import { gradeAnswer } from './offline-grader';
import type { AskedQuestionRecord, TranscriptMessage } from './transcript';

/** How one candidate message to a question was read. */
export type ReadReply =
  | { readonly kind: 'intent'; readonly intent: CandidateIntent }
  | { readonly kind: 'junk'; readonly analysis: AnswerAnalysis; readonly verdict: JunkVerdict }
  | { readonly kind: 'answer'; readonly analysis: AnswerAnalysis };

/**
 * Reads a candidate's message to a question: a request ("can I get a hint?"), junk (too short,
 * not words, off-topic) or an answer. The engine and the scorer both read messages through
 * this, so a message counts in the score exactly when it counted in the interview.
 */
export function readReply(
  profile: QuestionProfile,
  message: CandidateMessage,
  answersSoFar: number,
): ReadReply {
  const intent = detectIntent(message.content);
  if (intent !== null) {
    return { kind: 'intent', intent };
  }
  const analysis = analyzeAnswer(profile, message, { isFollowUp: answersSoFar > 0 });
  return analysis.gate.passed
    ? { kind: 'answer', analysis }
    : { kind: 'junk', analysis, verdict: analysis.gate };
}

/** A question's answers, graded, with the quote behind each dimension. */
export interface QuestionReview {
  readonly record: AskedQuestionRecord;
  readonly profile: QuestionProfile;
  readonly outcome: QuestionOutcome;
  /** The candidate's messages to this question, counted or not, in order. */
  readonly messages: readonly TranscriptMessage[];
  readonly analyses: readonly AnswerAnalysis[];
  readonly features: AnswerFeatures | null;
  /** Null when not answered: such a question stays out of the overall score. */
  readonly rubric: RubricScores | null;
  readonly evidence: Readonly<Partial<Record<RubricDimension, Quote>>>;
}

/** Without a quote to show for it, a dimension stays below "strong". */
export const EVIDENCE_THRESHOLD = 7;
const UNSUPPORTED_CAP = 6;

export function reviewQuestion(
  record: AskedQuestionRecord,
  transcript: readonly TranscriptMessage[],
): QuestionReview {
  const profile = profileQuestion(record.question);
  const messages = transcript.filter(
    (message) => message.role === 'candidate' && message.questionId === record.question.id,
  );
  const analyses: AnswerAnalysis[] = [];
  for (const message of messages) {
    const reply = readReply(profile, message, analyses.length);
    if (reply.kind === 'answer') {
      analyses.push(reply.analysis);
    }
  }
  const base = { record, profile, messages, analyses };
  if (messages.length === 0) {
    return { ...base, outcome: 'not_answered', features: null, rubric: null, evidence: {} };
  }
  const features = mergeFeatures(analyses.map(featuresOf));
  const graded = gradeAnswer({ profile, features, hintsUsed: record.hintsUsed });
  const evidence: Partial<Record<RubricDimension, Quote>> = {};
  for (const dimension of RUBRIC_DIMENSIONS) {
    const quote = evidenceFor(dimension, analyses);
    if (quote !== null) {
      evidence[dimension] = quote;
    }
  }
  return {
    ...base,
    outcome: analyses.length === 0 ? 'skipped' : 'answered',
    features,
    rubric: capUnsupported(graded, evidence),
    evidence,
  };
}

/** Scores of 7 and above keep their value only where a quote supports them. */
export function capUnsupported(
  rubric: RubricScores,
  evidence: Readonly<Partial<Record<RubricDimension, unknown>>>,
): RubricScores {
  return Object.fromEntries(
    RUBRIC_DIMENSIONS.map((dimension) => {
      const score = rubric[dimension];
      return [
        dimension,
        score >= EVIDENCE_THRESHOLD && evidence[dimension] === undefined ? UNSUPPORTED_CAP : score,
      ];
    }),
  ) as Record<RubricDimension, number>;
}
