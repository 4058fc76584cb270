import { type TextSpan, splitSentences } from '../util/text';
import { keysMatch, type Term, termSet, termsOf } from './terms';
import { type Token, tokenize } from './tokenizer';

/** A key point or expected topic with its distinct terms, read once per question. */
export interface ProfiledPoint {
  readonly text: string;
  readonly keys: readonly string[];
}

export function profilePoint(text: string): ProfiledPoint {
  return { text, keys: [...termSet(text)] };
}

/** How well an answer covers one thing a strong answer says (a key point or expected topic). */
export interface PointCoverage {
  readonly index: number;
  readonly point: string;
  /** Share of the evidence needed to count as covered, 0-1. */
  readonly ratio: number;
  readonly covered: boolean;
  /** The answer's sentence that matched it best; null when nothing matched. */
  readonly span: TextSpan | null;
  /** The answer's words that matched, first occurrence of each. */
  readonly matched: readonly TextSpan[];
}

/** The answer, read once: its terms and sentences. */
export interface AnswerText {
  readonly text: string;
  readonly terms: readonly Term[];
  readonly sentences: readonly TextSpan[];
}

export function readAnswer(text: string, tokens: readonly Token[] = tokenize(text)): AnswerText {
  return { text, terms: termsOf(tokens), sentences: splitSentences(text) };
}

/*
 * A point counts as covered once the answer holds half of its terms, capped at SATURATION, so a
 * long key point ("agents push into a buffered pipeline such as Kafka for durability...") is
 * covered by its core (agent, push, Kafka) without every word. A found term the prompt already
 * contains counts half: echoing the question is weak evidence.
 */
const COVERED_SHARE = 0.5;
const SATURATION = 2.5;
const ECHO_WEIGHT = 0.5;

export function coverPoints(
  points: readonly ProfiledPoint[],
  answer: AnswerText,
  promptKeys: ReadonlySet<string>,
): PointCoverage[] {
  return points.map((point, index) => coverPoint(index, point, answer, promptKeys));
}

function coverPoint(
  index: number,
  { text: point, keys }: ProfiledPoint,
  answer: AnswerText,
  promptKeys: ReadonlySet<string>,
): PointCoverage {
  const weightOf = (key: string): number => (promptKeys.has(key) ? ECHO_WEIGHT : 1);
  if (keys.length === 0) {
    return { index, point, ratio: 0, covered: false, span: null, matched: [] };
  }
  const found = keys.filter((key) => answer.terms.some((term) => keysMatch(term.key, key)));
  const needed = Math.min(keys.length * COVERED_SHARE, SATURATION);
  const ratio = Math.min(1, found.reduce((sum, key) => sum + weightOf(key), 0) / needed);
  const matched = found.flatMap((key) => {
    const term = answer.terms.find((candidate) => keysMatch(candidate.key, key));
    return term === undefined
      ? []
      : [{ start: term.start, end: term.end, text: answer.text.slice(term.start, term.end) }];
  });
  return { index, point, ratio, covered: ratio >= 1, span: bestSentence(answer, found), matched };
}

/** The first sentence holding the most of the found keys. */
function bestSentence(answer: AnswerText, found: readonly string[]): TextSpan | null {
  let best: TextSpan | null = null;
  let bestHits = 0;
  for (const sentence of answer.sentences) {
    const inside = answer.terms.filter(
      (term) => term.start >= sentence.start && term.end <= sentence.end,
    );
    const hits = found.filter((key) => inside.some((term) => keysMatch(term.key, key))).length;
    if (hits > bestHits) {
      best = sentence;
      bestHits = hits;
    }
  }
  return best;
}
