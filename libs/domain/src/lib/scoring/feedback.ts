import {
  type QuestionKind,
  RUBRIC_DIMENSIONS,
  type RubricDimension,
} from '@interview-prep/contracts';
import { detectIntent, type IntentKind } from '../analysis/candidate-intent';
import { joinWords, mean } from '../util/text';
import { openingQuote, type Quote } from './evidence';
import type { QuestionReview } from './question-review';
import { levelFor, type RubricSet } from './rubric';

/** One line of strengths, weaknesses or next steps, with the quote that shows it. */
export interface FeedbackLine {
  readonly text: string;
  /** Null only when the candidate wrote nothing that could be quoted. */
  readonly quote: Quote | null;
}

export interface Feedback {
  readonly strengths: readonly FeedbackLine[];
  readonly weaknesses: readonly FeedbackLine[];
  readonly nextSteps: readonly FeedbackLine[];
}

const STRONG = 7;
const WEAK = 5;
const MAX_STRENGTHS = 3;
const MAX_WEAKNESSES = 3;
const MAX_NEXT_STEPS = 4;
const MAX_MISSED_LISTED = 2;
/** An overall score from which the next step is a harder level. */
const READY_FOR_MORE = 80;

/** A dimension as scored on one kind of question: "complexity" means different things in a story. */
interface Area {
  readonly kind: QuestionKind;
  readonly dimension: RubricDimension;
  readonly score: number;
  readonly reviews: readonly QuestionReview[];
}

/**
 * Strengths, weaknesses and next steps, from the scores per kind of question and dimension, in
 * the words of that kind's rubric, each with a quote from the candidate's answers.
 */
export function writeFeedback(
  reviews: readonly QuestionReview[],
  rubrics: RubricSet,
  overallScore: number,
): Feedback {
  const areas = areasOf(reviews);
  const strong = areas.filter((area) => area.score >= STRONG).sort((a, b) => b.score - a.score);
  const weak = areas.filter((area) => area.score <= WEAK).sort((a, b) => a.score - b.score);
  const describe = (area: Area): string => {
    const spec = rubrics[area.kind].dimensions[area.dimension];
    return `${spec.label}: ${lowerFirst(levelFor(spec, area.score).description)}`;
  };
  const strengths = strong
    .slice(0, MAX_STRENGTHS)
    .map((area) => ({ text: describe(area), quote: bestQuote(area) }));
  // Skipped questions always make the list, in one line.
  const skipped = skippedLine(reviews);
  const weaknesses = [
    ...weak
      .slice(0, MAX_WEAKNESSES - skipped.length)
      .map((area) => ({ text: describe(area), quote: weakestQuote(area) })),
    ...skipped,
  ];
  return {
    strengths: strengths.length > 0 ? strengths : coveredPointLine(reviews),
    weaknesses,
    nextSteps: nextSteps(reviews, rubrics, weak, areas, overallScore),
  };
}

function areasOf(reviews: readonly QuestionReview[]): Area[] {
  const scored = reviews.filter((review) => review.rubric !== null);
  return (['technical', 'behavioral'] as const).flatMap((kind) => {
    const ofKind = scored.filter((review) => review.profile.kind === kind);
    return ofKind.length === 0
      ? []
      : RUBRIC_DIMENSIONS.map((dimension) => ({
          kind,
          dimension,
          score: mean(ofKind.map((review) => review.rubric?.[dimension] ?? 0)),
          reviews: ofKind,
        }));
  });
}

function scoreIn(review: QuestionReview, dimension: RubricDimension): number {
  return review.rubric?.[dimension] ?? 0;
}

/** The quote from the answer that scored best on the dimension. */
function bestQuote(area: Area): Quote | null {
  const best = [...area.reviews].sort(
    (a, b) => scoreIn(b, area.dimension) - scoreIn(a, area.dimension),
  )[0];
  return best?.evidence[area.dimension] ?? null;
}

/** Where the dimension was weakest: its partial signal there, else how that answer opened. */
function weakestQuote(area: Area): Quote | null {
  const weakest = [...area.reviews].sort(
    (a, b) => scoreIn(a, area.dimension) - scoreIn(b, area.dimension),
  );
  for (const review of weakest) {
    const quote =
      review.evidence[area.dimension] ?? openingQuote(review.analyses) ?? firstMessageQuote(review);
    if (quote !== null) {
      return quote;
    }
  }
  return null;
}

/** Requests for help or a re-read say nothing about the answer, so they are never quoted. */
const UNQUOTABLE_INTENTS = new Set<IntentKind>(['hint', 'repeat', 'clarify', 'assumption']);

/** A skipped question's own message ("I don't know", "let's skip this one") is the quote. */
function firstMessageQuote(review: QuestionReview): Quote | null {
  const message = review.messages.find((candidate) => {
    const intent = detectIntent(candidate.content);
    return intent === null || !UNQUOTABLE_INTENTS.has(intent.kind);
  });
  if (message === undefined) {
    return null;
  }
  const start = message.content.search(/\S/u);
  const text = message.content.trim();
  return start < 0 ? null : { messageId: message.id, start, end: start + text.length, text };
}

function skippedLine(reviews: readonly QuestionReview[]): FeedbackLine[] {
  const skipped = reviews.filter((review) => review.outcome === 'skipped');
  const first = skipped[0];
  if (first === undefined) {
    return [];
  }
  const titles = joinWords(skipped.map((review) => `"${review.record.question.title}"`));
  return [{ text: `Skipped ${titles} without an answer.`, quote: firstMessageQuote(first) }];
}

/** With no strong dimension, the best covered key point is still worth saying. */
function coveredPointLine(reviews: readonly QuestionReview[]): FeedbackLine[] {
  for (const review of reviews) {
    for (const analysis of review.analyses) {
      const point = analysis.keyPoints.find(
        (candidate) => candidate.covered && candidate.span !== null,
      );
      if (point?.span) {
        return [
          {
            text: `On "${review.record.question.title}" you covered a key point: ${lowerFirst(point.point)}.`,
            quote: { messageId: analysis.messageId, ...point.span },
          },
        ];
      }
    }
  }
  return [];
}

function nextSteps(
  reviews: readonly QuestionReview[],
  rubrics: RubricSet,
  weak: readonly Area[],
  areas: readonly Area[],
  overallScore: number,
): FeedbackLine[] {
  const practise = (area: Area): FeedbackLine => ({
    text: rubrics[area.kind].dimensions[area.dimension].practice,
    quote: weakestQuote(area),
  });
  const lowest = [...areas].sort((a, b) => a.score - b.score)[0];
  const fromDimensions =
    weak.length > 0
      ? weak.slice(0, 2).map(practise)
      : lowest === undefined
        ? []
        : [practise(lowest)];
  const ready = overallScore >= READY_FOR_MORE ? [harderLevelLine(areas)] : [];
  return [...fromDimensions, ...revisitLines(reviews), ...ready].slice(0, MAX_NEXT_STEPS);
}

/** "Revisit X: a strong answer also covers ...", for the weakest answered questions. */
function revisitLines(reviews: readonly QuestionReview[]): FeedbackLine[] {
  return reviews
    .filter((review) => review.outcome === 'answered' && review.rubric !== null)
    .map((review) => ({ review, missed: missedPoints(review) }))
    .filter(({ missed }) => missed.length > 0)
    .sort(
      (a, b) =>
        mean(Object.values(a.review.rubric ?? {})) - mean(Object.values(b.review.rubric ?? {})),
    )
    .slice(0, 2)
    .map(({ review, missed }) => ({
      text: `Revisit "${review.record.question.title}": a strong answer also covers ${missed
        .slice(0, MAX_MISSED_LISTED)
        .map((point) => lowerFirst(point).replace(/\.$/u, ''))
        .join('; ')}.`,
      quote: openingQuote(review.analyses),
    }));
}

export function missedPoints(review: QuestionReview): string[] {
  const covered = new Set(
    review.analyses.flatMap((analysis) =>
      analysis.keyPoints.filter((point) => point.covered).map((point) => point.index),
    ),
  );
  return review.record.question.keyPoints.filter((_, index) => !covered.has(index));
}

function harderLevelLine(areas: readonly Area[]): FeedbackLine {
  const best = [...areas].sort((a, b) => b.score - a.score)[0];
  return {
    text: 'Move up a difficulty level next time: your answers covered the key points consistently.',
    quote: best === undefined ? null : bestQuote(best),
  };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
