import { type TextSpan, sentenceAt, splitSentences } from '../util/text';
import { COMPLEXITY_WORD_CUES } from './technical-signals';
import { extractTerms } from './terms';
import { findSignals } from './text-signals';
import { type Token, tokenize } from './tokenizer';

export type ComplexityMeasure = 'time' | 'space' | 'unspecified';

/** "O(n) time", "constant extra space": a complexity class and what it measures. */
export interface ComplexityStatement extends TextSpan {
  /** Normalized, e.g. `o(nlogn)`. */
  readonly complexityClass: string;
  readonly measure: ComplexityMeasure;
}

const MEASURE_WORDS =
  /\b(?:(time|runtime|running|runs?|operations|steps|lookups?)|(space|memory|storage|auxiliary|stack))\b/gi;
const RIGHT_AFTER =
  /^[\s,]*(?:of\s+)?(?:extra\s+|additional\s+|auxiliary\s+)?(?:(time|runtime)|(space|memory))\b/i;
const WINDOW = 40;

export function findComplexityStatements(
  text: string,
  tokens: readonly Token[] = tokenize(text),
): ComplexityStatement[] {
  const sentences = splitSentences(text);
  const symbolic = tokens
    .filter((token) => token.kind === 'complexity')
    .map((token) => ({
      start: token.start,
      end: token.end,
      text: token.text,
      complexityClass: token.norm,
    }));
  const spoken = findSignals(text, COMPLEXITY_WORD_CUES).flatMap((signal) => {
    const complexityClass = extractTerms(signal.text).find((term) =>
      term.key.startsWith('o('),
    )?.key;
    return complexityClass === undefined
      ? []
      : [{ start: signal.start, end: signal.end, text: signal.text, complexityClass }];
  });
  return [...symbolic, ...spoken]
    .sort((a, b) => a.start - b.start)
    .map((found) => ({
      ...found,
      measure: measureOf(text, found, sentenceAt(sentences, found.start)),
    }));
}

/**
 * What the class measures: "O(n) time" names it right after; "the time complexity is linear"
 * names it before (the nearest word wins); otherwise the first word after it in the sentence.
 */
function measureOf(text: string, span: TextSpan, sentence: TextSpan | null): ComplexityMeasure {
  const from = sentence?.start ?? 0;
  const to = sentence?.end ?? text.length;
  const after = text.slice(span.end, Math.min(to, span.end + WINDOW));
  const inside = measureIn(span.text, 'first');
  if (inside !== 'unspecified') {
    return inside;
  }
  const adjacent = RIGHT_AFTER.exec(after);
  if (adjacent !== null) {
    return adjacent[1] !== undefined ? 'time' : 'space';
  }
  const before = measureIn(text.slice(Math.max(from, span.start - WINDOW), span.start), 'last');
  return before !== 'unspecified' ? before : measureIn(after, 'first');
}

function measureIn(window: string, which: 'first' | 'last'): ComplexityMeasure {
  const matches = [...window.matchAll(MEASURE_WORDS)];
  const match = which === 'first' ? matches[0] : matches[matches.length - 1];
  if (match === undefined) {
    return 'unspecified';
  }
  return match[1] !== undefined ? 'time' : 'space';
}
