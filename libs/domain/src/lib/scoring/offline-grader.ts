import {
  type QuestionKind,
  RUBRIC_DIMENSIONS,
  type RubricDimension,
  type RubricScores,
} from '@interview-prep/contracts';
import type { AnswerFeatures } from '../analysis/answer-features';
import type { BehavioralCue, StarPart } from '../analysis/behavioral-signals';
import type { QuestionProfile } from '../analysis/question-profile';
import { clamp, mean, round } from '../util/text';

/**
 * The offline grader: the five rubric dimensions, 0-10, from the analysis signals of a
 * question's answers. Each dimension is a weighted sum of 0-1 signals, so a score can be
 * explained by the signals that built it. Tuned on the quality set (see quality-set.spec.ts).
 */
export interface GradeInput {
  readonly profile: QuestionProfile;
  /** Null when nothing the candidate said was scorable (skipped, or only junk). */
  readonly features: AnswerFeatures | null;
  readonly hintsUsed: number;
}

/** Each hint costs problem solving a point, up to three. */
const HINT_PENALTY = 1;
const MAX_HINT_PENALTY = 3;
/*
 * Below these relevances an answer is mostly about something else, and everything is capped.
 * Stories bring many words of their own (names, products), so behavioral bars are lower.
 */
const RELEVANCE_CAPS: Readonly<
  Record<QuestionKind, readonly (readonly [minRelevance: number, cap: number])[]>
> = {
  technical: [
    [0.2, 2],
    [0.3, 5],
  ],
  behavioral: [
    [0.12, 2],
    [0.2, 5],
  ],
};
/** Too short to show much, whatever it says. */
const LENGTH_CAPS: readonly (readonly [minWords: number, cap: number])[] = [
  [8, 2],
  [20, 5],
];
const IDEAL_WORDS = { technical: [40, 400], behavioral: [80, 450] } as const;
/** Fillers per 100 words at which communication loses its whole filler share. */
const FILLER_RATE_LIMIT = 8;
const STAR_WEIGHTS: Readonly<Record<StarPart, number>> = {
  situation: 0.25,
  task: 0.15,
  action: 0.35,
  result: 0.25,
};

export function gradeAnswer(input: GradeInput): RubricScores {
  const { profile, features } = input;
  if (features === null) {
    return scoresOf(() => 0);
  }
  const raw =
    profile.kind === 'technical' ? gradeTechnical(profile, features) : gradeBehavioral(features);
  const penalized = { ...raw, problem_solving: raw.problem_solving - hintPenalty(input.hintsUsed) };
  const cap = Math.min(
    capFor(features.relevance, RELEVANCE_CAPS[profile.kind]),
    capFor(features.words, LENGTH_CAPS),
  );
  return scoresOf((dimension) => round(clamp(Math.min(penalized[dimension], cap), 0, 10), 1));
}

function gradeTechnical(
  profile: QuestionProfile,
  f: AnswerFeatures,
): Record<RubricDimension, number> {
  const content = technicalContent(f);
  // Complexity and edge cases count in proportion to how much of the problem was addressed.
  const grounding = 0.3 + 0.7 * saturate(content, 0.5);
  return {
    communication:
      10 *
        (0.35 * lengthFit(f.words, IDEAL_WORDS.technical) +
          0.2 * saturate(f.structure, 2) +
          0.2 * fillerFree(f) +
          0.25 * content) -
      hedgePenalty(f),
    problem_solving:
      10 *
      (0.8 * content + 0.1 * saturate(f.structure, 2) + 0.1 * (f.code || f.reasoning > 0 ? 1 : 0)),
    correctness_reasoning:
      10 * (0.6 * content + 0.25 * saturate(f.reasoning, 2) + 0.15 * saturate(f.testing, 1)),
    complexity: 10 * grounding * complexityShare(profile, f, content),
    edge_cases:
      10 *
      grounding *
      (0.6 * saturate(f.edgeCaseKinds.length, 3) + 0.2 * saturate(f.testing, 1) + 0.2 * content),
  };
}

function technicalContent(f: AnswerFeatures): number {
  const keyPoints = f.keyPointRatios.length > 0 ? mean(f.keyPointRatios) : null;
  const topics = f.topicRatios.length > 0 ? mean(f.topicRatios) : null;
  if (keyPoints === null) {
    return topics ?? f.relevance;
  }
  return topics === null ? keyPoints : 0.75 * keyPoints + 0.25 * topics;
}

/** Big-O for coding questions, scale estimates for design, performance trade-offs otherwise. */
function complexityShare(profile: QuestionProfile, f: AnswerFeatures, content: number): number {
  if (profile.expectsScale) {
    return 0.4 * saturate(f.scale, 2) + 0.3 * saturate(f.tradeOffs, 2) + 0.3 * content;
  }
  if (!profile.expectsComplexity) {
    return (
      0.5 * content +
      0.3 * saturate(f.tradeOffs, 2) +
      0.2 * (f.complexityClasses.length > 0 ? 1 : 0)
    );
  }
  if (f.complexityClasses.length === 0) {
    return 0;
  }
  const measures = new Set(f.complexityMeasures);
  const correct =
    profile.expectedComplexity.length === 0 ||
    f.complexityClasses.some((found) => profile.expectedComplexity.includes(found));
  return (
    0.45 +
    (measures.has('time') || measures.has('unspecified') ? 0.2 : 0) +
    (measures.has('space') ? 0.15 : 0) +
    (correct ? 0.2 : 0)
  );
}

function gradeBehavioral(f: AnswerFeatures): Record<RubricDimension, number> {
  const shows = (cue: BehavioralCue): number => (f.behavior.includes(cue) ? 1 : 0);
  const star = (Object.keys(STAR_WEIGHTS) as StarPart[]).reduce(
    (sum, part) => sum + STAR_WEIGHTS[part] * shows(part),
    0,
  );
  const content = f.keyPointRatios.length > 0 ? mean(f.keyPointRatios) : star;
  const ownership = f.singular + f.plural === 0 ? 0 : f.singular / (f.singular + f.plural);
  return {
    communication:
      10 *
        (0.4 * star +
          0.25 * lengthFit(f.words, IDEAL_WORDS.behavioral) +
          0.15 * fillerFree(f) +
          0.2 * content) -
      hedgePenalty(f),
    problem_solving:
      10 *
      (0.4 * shows('action') +
        0.2 * saturate(ownership, 0.5) +
        0.2 * content +
        0.1 * shows('initiative') +
        0.1 * Math.max(shows('communication'), shows('listening'))),
    correctness_reasoning:
      10 *
      (0.35 * shows('result') +
        0.25 * shows('measurable') +
        0.2 * saturate(f.reasoning, 2) +
        0.2 * content),
    complexity:
      10 *
      (0.3 * shows('trade_off') +
        0.25 * Math.max(shows('communication'), shows('listening')) +
        0.2 * shows('data') +
        0.25 * content),
    edge_cases: 10 * (0.45 * shows('reflection') + 0.25 * shows('setback') + 0.3 * content),
  };
}

/** 0-1: reaches 1 at `full`. */
function saturate(value: number, full: number): number {
  return clamp(value / full, 0, 1);
}

/** 1 inside the ideal range of words, falling off below it and, gently, above it. */
function lengthFit(words: number, [low, high]: readonly [number, number]): number {
  if (words < low) {
    return clamp(words / low, 0, 1);
  }
  return words <= high ? 1 : clamp(high / words, 0.5, 1);
}

function fillerFree(f: AnswerFeatures): number {
  const rate = f.words === 0 ? 0 : (100 * f.fillers) / f.words;
  return 1 - saturate(rate, FILLER_RATE_LIMIT);
}

/** Hedging costs a little communication: a third of a point each, at most 1.5. */
function hedgePenalty(f: AnswerFeatures): number {
  return Math.min(1.5, f.hedges / 3);
}

function hintPenalty(hintsUsed: number): number {
  return Math.min(MAX_HINT_PENALTY, hintsUsed * HINT_PENALTY);
}

function capFor(value: number, caps: readonly (readonly [number, number])[]): number {
  return caps.find(([below]) => value < below)?.[1] ?? 10;
}

function scoresOf(score: (dimension: RubricDimension) => number): RubricScores {
  return Object.fromEntries(
    RUBRIC_DIMENSIONS.map((dimension) => [dimension, score(dimension)]),
  ) as Record<RubricDimension, number>;
}

/** round(mean x 10): the 0-100 score of a set of rubric scores. */
export function overallOf(rubric: RubricScores): number {
  return Math.round(mean(RUBRIC_DIMENSIONS.map((dimension) => rubric[dimension])) * 10);
}

/** 0-10: the mean of the five dimensions. */
export function meanScore(rubric: RubricScores): number {
  return mean(RUBRIC_DIMENSIONS.map((dimension) => rubric[dimension]));
}
