import { round } from '../util/text';
import type { AnswerAnalysis } from './answer-analysis';
import type { BehavioralCue } from './behavioral-signals';
import type { ComplexityMeasure } from './complexity-statements';
import { labelsOf } from './text-signals';
import type { EdgeCaseKind } from './technical-signals';

/**
 * The numbers the grader needs from one or more answers to a question: small, plain JSON, so
 * the interview state keeps one per answer and grading a question never needs the texts again.
 */
export interface AnswerFeatures {
  readonly words: number;
  readonly sentences: number;
  /** Word-weighted relevance, 0-1. */
  readonly relevance: number;
  /** Per key point, the best coverage ratio seen, 0-1. */
  readonly keyPointRatios: readonly number[];
  readonly topicRatios: readonly number[];
  readonly complexityClasses: readonly string[];
  readonly complexityMeasures: readonly ComplexityMeasure[];
  readonly edgeCaseKinds: readonly EdgeCaseKind[];
  readonly tradeOffs: number;
  readonly testing: number;
  readonly reasoning: number;
  readonly structure: number;
  readonly scale: number;
  readonly code: boolean;
  readonly behavior: readonly BehavioralCue[];
  readonly singular: number;
  readonly plural: number;
  readonly fillers: number;
  readonly hedges: number;
}

export function featuresOf(analysis: AnswerAnalysis): AnswerFeatures {
  return {
    words: analysis.words,
    sentences: analysis.sentences.length,
    relevance: round(analysis.relevance, 3),
    keyPointRatios: analysis.keyPoints.map((point) => round(point.ratio, 3)),
    topicRatios: analysis.topics.map((topic) => round(topic.ratio, 3)),
    complexityClasses: unique(analysis.complexity.map((statement) => statement.complexityClass)),
    complexityMeasures: unique(analysis.complexity.map((statement) => statement.measure)),
    edgeCaseKinds: labelsOf(analysis.edgeCases),
    tradeOffs: analysis.tradeOffs.length,
    testing: analysis.testing.length,
    reasoning: analysis.reasoning.length,
    structure: analysis.structure.length,
    scale: analysis.scale.length,
    code: analysis.code !== null,
    behavior: labelsOf(analysis.behavior),
    singular: analysis.pronouns.singular,
    plural: analysis.pronouns.plural,
    fillers: analysis.fillers.length,
    hedges: analysis.hedges.length,
  };
}

/** Everything said across a question's answers: an answer to a follow-up can fill a gap. */
export function mergeFeatures(all: readonly AnswerFeatures[]): AnswerFeatures | null {
  const [first, ...rest] = all;
  return first === undefined ? null : rest.reduce(mergeTwo, first);
}

function mergeTwo(a: AnswerFeatures, b: AnswerFeatures): AnswerFeatures {
  const words = a.words + b.words;
  return {
    words,
    sentences: a.sentences + b.sentences,
    relevance: words === 0 ? 0 : round((a.relevance * a.words + b.relevance * b.words) / words, 3),
    keyPointRatios: maxEach(a.keyPointRatios, b.keyPointRatios),
    topicRatios: maxEach(a.topicRatios, b.topicRatios),
    complexityClasses: unique([...a.complexityClasses, ...b.complexityClasses]),
    complexityMeasures: unique([...a.complexityMeasures, ...b.complexityMeasures]),
    edgeCaseKinds: unique([...a.edgeCaseKinds, ...b.edgeCaseKinds]),
    tradeOffs: a.tradeOffs + b.tradeOffs,
    testing: a.testing + b.testing,
    reasoning: a.reasoning + b.reasoning,
    structure: a.structure + b.structure,
    scale: a.scale + b.scale,
    code: a.code || b.code,
    behavior: unique([...a.behavior, ...b.behavior]),
    singular: a.singular + b.singular,
    plural: a.plural + b.plural,
    fillers: a.fillers + b.fillers,
    hedges: a.hedges + b.hedges,
  };
}

function maxEach(a: readonly number[], b: readonly number[]): number[] {
  return Array.from({ length: Math.max(a.length, b.length) }, (_, i) =>
    Math.max(a[i] ?? 0, b[i] ?? 0),
  );
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
