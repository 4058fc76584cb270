import type { QuestionKind } from '@interview-prep/contracts';
import { type TextSpan, sentenceAt } from '../util/text';
import { BEHAVIORAL_CUES, type BehavioralCue } from './behavioral-signals';
import { type ComplexityStatement, findComplexityStatements } from './complexity-statements';
import { blankSpans, findGraderManipulation } from './grader-manipulation';
import { type GateVerdict, judgeAnswer } from './junk-gate';
import { type AnswerText, coverPoints, type PointCoverage, readAnswer } from './key-point-coverage';
import type { QuestionProfile } from './question-profile';
import { FILLER_CUES, HEDGE_CUES } from './speech-signals';
import {
  EDGE_CASE_CUES,
  type EdgeCaseKind,
  findCode,
  REASONING_CUES,
  SCALE_CUES,
  STRUCTURE_CUES,
  TESTING_CUES,
  TRADE_OFF_CUES,
} from './technical-signals';
import { findSignals, type Signal } from './text-signals';
import { countWords, tokenize } from './tokenizer';

/** One candidate message read against the question it answers. Every signal keeps its span. */
export interface AnswerAnalysis {
  readonly messageId: string;
  readonly text: string;
  readonly kind: QuestionKind;
  readonly words: number;
  readonly sentences: readonly TextSpan[];
  readonly gate: GateVerdict;
  /** Share of the answer's terms that belong to the question or its kind, 0-1. */
  readonly relevance: number;
  readonly keyPoints: readonly PointCoverage[];
  readonly topics: readonly PointCoverage[];
  readonly complexity: readonly ComplexityStatement[];
  readonly edgeCases: readonly Signal<EdgeCaseKind>[];
  readonly tradeOffs: readonly Signal[];
  readonly testing: readonly Signal[];
  readonly reasoning: readonly Signal[];
  readonly structure: readonly Signal[];
  readonly scale: readonly Signal[];
  readonly code: TextSpan | null;
  readonly behavior: readonly Signal<BehavioralCue>[];
  /** "I/me/my" against "we/us/our": whose actions the story tells. */
  readonly pronouns: { readonly singular: number; readonly plural: number };
  readonly fillers: readonly Signal[];
  readonly hedges: readonly Signal[];
  /** Sentences addressed to the grader; blanked before everything else. */
  readonly manipulation: readonly TextSpan[];
}

export interface CandidateMessage {
  readonly id: string;
  readonly content: string;
}

export interface AnalyzeOptions {
  /** A reply to a follow-up may be short ("O(n), because each item is pushed once"). */
  readonly isFollowUp: boolean;
}

const SINGULAR = new Set(['i', 'me', 'my', 'mine', 'myself', "i'm", "i'd", "i've", "i'll"]);
const PLURAL = new Set(['we', 'us', 'our', 'ours', 'ourselves', "we're", "we'd", "we've", "we'll"]);
const ENGLISH_MARKERS = new Set([
  'the',
  'a',
  'an',
  'and',
  'is',
  'to',
  'of',
  'in',
  'it',
  'i',
  'we',
  'that',
  'for',
  'with',
  'on',
  'was',
  'this',
  'my',
  'you',
  'be',
]);
const ENGLISH_SHARE = 0.12;

export function analyzeAnswer(
  profile: QuestionProfile,
  message: CandidateMessage,
  options: AnalyzeOptions,
): AnswerAnalysis {
  const manipulation = findGraderManipulation(message.content);
  // Analysis runs on the blanked text; spans still index the original content.
  const text = blankSpans(message.content, manipulation);
  const tokens = tokenize(text);
  const answer = readAnswer(text, tokens);
  const words = countWords(tokens);
  const keyPoints = coverKeyPoints(profile, answer);
  const topics = coverPoints(profile.topics, answer, profile.promptKeys);
  const complexity = findComplexityStatements(text, tokens);
  const code = findCode(text);
  const answerKeys = new Set(
    answer.terms.map((term) => term.key).filter((key) => !/^\p{N}+$/u.test(key)),
  );
  const relevance =
    answerKeys.size === 0
      ? 0
      : [...answerKeys].filter((key) => profile.vocabulary.has(key)).length / answerKeys.size;
  const gate = judgeAnswer({
    text,
    tokens,
    words,
    isFollowUp: options.isFollowUp,
    kind: profile.kind,
    relevance,
    distinctTerms: answerKeys.size,
    bestPointRatio: Math.max(0, ...keyPoints.map((point) => point.ratio)),
    hasCode: code !== null,
    hasComplexity: complexity.length > 0,
    english:
      tokens.filter((token) => ENGLISH_MARKERS.has(token.norm)).length /
        Math.max(1, tokens.length) >=
      ENGLISH_SHARE,
    manipulation,
  });
  return {
    messageId: message.id,
    text: message.content,
    kind: profile.kind,
    words,
    sentences: answer.sentences,
    gate,
    relevance,
    keyPoints,
    topics,
    complexity,
    edgeCases: findSignals(text, EDGE_CASE_CUES),
    tradeOffs: findSignals(text, TRADE_OFF_CUES),
    testing: findSignals(text, TESTING_CUES),
    reasoning: findSignals(text, REASONING_CUES),
    structure: findSignals(text, STRUCTURE_CUES),
    scale: findSignals(text, SCALE_CUES),
    code: code === null ? null : { ...code, text: message.content.slice(code.start, code.end) },
    behavior: profile.kind === 'behavioral' ? findSignals(text, BEHAVIORAL_CUES) : [],
    pronouns: {
      singular: tokens.filter((token) => SINGULAR.has(token.norm)).length,
      plural: tokens.filter((token) => PLURAL.has(token.norm)).length,
    },
    fillers: findSignals(text, FILLER_CUES),
    hedges: findSignals(text, HEDGE_CUES),
    manipulation,
  };
}

/**
 * Key points by their words; a behavioral key point also counts as covered when the story shows
 * the behavior it names (a reflection, a measurable result...).
 */
function coverKeyPoints(profile: QuestionProfile, answer: AnswerText): PointCoverage[] {
  const lexical = coverPoints(profile.keyPoints, answer, profile.promptKeys);
  if (profile.kind === 'technical') {
    return lexical;
  }
  const behavior = findSignals(answer.text, BEHAVIORAL_CUES);
  return lexical.map((point) => {
    const cue = profile.keyPointCues[point.index] ?? null;
    const shown =
      cue === null || point.covered ? undefined : behavior.find((signal) => signal.label === cue);
    return shown === undefined
      ? point
      : {
          ...point,
          ratio: 1,
          covered: true,
          span: sentenceAt(answer.sentences, shown.start) ?? shown,
        };
  });
}
