import type { EvidenceQuote, EvidenceTarget, RubricDimension } from '@interview-prep/contracts';
import type { AnswerAnalysis } from '../analysis/answer-analysis';
import type { BehavioralCue } from '../analysis/behavioral-signals';
import type { TextSpan } from '../util/text';
import { excerpt, sentenceAt } from '../util/text';

/** A quote from a candidate message: `content.slice(start, end) === text`. */
export interface Quote extends TextSpan {
  readonly messageId: string;
}

const MAX_QUOTE = 240;

/** The sentence around a signal, shortened around it if long: an exact substring either way. */
function quoteOf(analysis: AnswerAnalysis, focus: TextSpan): Quote {
  const sentence = sentenceAt(analysis.sentences, focus.start) ?? focus;
  return { messageId: analysis.messageId, ...excerpt(analysis.text, sentence, focus, MAX_QUOTE) };
}

/** The opening sentence of the longest answer: what a reader sees of how it was said. */
export function openingQuote(analyses: readonly AnswerAnalysis[]): Quote | null {
  const longest = [...analyses].sort((a, b) => b.words - a.words)[0];
  const first = longest?.sentences[0];
  return longest === undefined || first === undefined ? null : quoteOf(longest, first);
}

type SpanPicker = (analysis: AnswerAnalysis) => TextSpan | null | undefined;

const cue =
  (...cues: BehavioralCue[]): SpanPicker =>
  (analysis) =>
    cues
      .map((wanted) => analysis.behavior.find((signal) => signal.label === wanted))
      .find((found) => found !== undefined);

const bestKeyPoint: SpanPicker = (analysis) =>
  [...analysis.keyPoints].filter((point) => point.covered).sort((a, b) => b.ratio - a.ratio)[0]
    ?.span;

/**
 * Where each dimension shows in an answer, most telling signal first. A score of 7 or more on
 * a dimension stands only with one of these quotes.
 */
const PICKERS: Readonly<
  Record<'technical' | 'behavioral', Readonly<Record<RubricDimension, readonly SpanPicker[]>>>
> = {
  technical: {
    communication: [(a) => a.structure[0], (a) => a.sentences[0]],
    problem_solving: [bestKeyPoint, (a) => a.code],
    correctness_reasoning: [(a) => a.reasoning[0], (a) => a.testing[0], bestKeyPoint],
    complexity: [(a) => a.complexity[0], (a) => a.scale[0], (a) => a.tradeOffs[0]],
    edge_cases: [(a) => a.edgeCases[0], (a) => a.testing[0]],
  },
  behavioral: {
    communication: [cue('situation'), (a) => a.sentences[0]],
    problem_solving: [cue('initiative', 'action')],
    correctness_reasoning: [cue('measurable', 'result')],
    complexity: [cue('trade_off', 'listening', 'communication', 'data')],
    edge_cases: [cue('reflection', 'setback')],
  },
};

/** The first quote, across the answers in order, that supports the dimension; null if none. */
export function evidenceFor(
  dimension: RubricDimension,
  analyses: readonly AnswerAnalysis[],
): Quote | null {
  for (const picker of PICKERS[analyses[0]?.kind ?? 'technical'][dimension]) {
    for (const analysis of analyses) {
      const span = picker(analysis);
      if (span !== null && span !== undefined) {
        return quoteOf(analysis, span);
      }
    }
  }
  return null;
}

export function toEvidenceQuote(target: EvidenceTarget, quote: Quote): EvidenceQuote {
  return { target, message_id: quote.messageId, quote: quote.text, start: quote.start };
}
