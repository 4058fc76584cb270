/** A piece of one text: `source.slice(start, end) === text`. Offsets are UTF-16 code units. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The span without surrounding whitespace; null when only whitespace is left. */
export function trimSpan(source: string, start: number, end: number): TextSpan | null {
  let from = start;
  let to = end;
  while (from < to && /\s/u.test(source.charAt(from))) {
    from += 1;
  }
  while (to > from && /\s/u.test(source.charAt(to - 1))) {
    to -= 1;
  }
  return from < to ? { start: from, end: to, text: source.slice(from, to) } : null;
}

/** A sentence ends at . ! ? followed by whitespace or the end, or at a line break. */
const SENTENCE_END = /[.!?]+(?=\s|$)|\n+/gu;

export function splitSentences(source: string): TextSpan[] {
  const sentences: TextSpan[] = [];
  let start = 0;
  for (const match of source.matchAll(SENTENCE_END)) {
    const end = (match.index ?? 0) + match[0].length;
    pushTrimmed(sentences, source, start, end);
    start = end;
  }
  pushTrimmed(sentences, source, start, source.length);
  return sentences;
}

function pushTrimmed(into: TextSpan[], source: string, start: number, end: number): void {
  const span = trimSpan(source, start, end);
  if (span !== null) {
    into.push(span);
  }
}

/** The sentence that contains `offset`, or null. */
export function sentenceAt(sentences: readonly TextSpan[], offset: number): TextSpan | null {
  return sentences.find((sentence) => sentence.start <= offset && offset < sentence.end) ?? null;
}

/**
 * At most `maxLength` characters of `around` that keep `focus`, cut at word boundaries: still an
 * exact substring of `source`, so it can be shown as a quote.
 */
export function excerpt(
  source: string,
  around: TextSpan,
  focus: TextSpan,
  maxLength: number,
): TextSpan {
  if (around.end - around.start <= maxLength) {
    return around;
  }
  if (focus.end - focus.start >= maxLength) {
    return focus;
  }
  const spare = maxLength - (focus.end - focus.start);
  let start = clamp(focus.start - Math.floor(spare / 2), around.start, around.end - maxLength);
  let end = start + maxLength;
  while (start < focus.start && start > around.start && /\S/u.test(source.charAt(start - 1))) {
    start += 1;
  }
  while (end > focus.end && end < around.end && /\S/u.test(source.charAt(end))) {
    end -= 1;
  }
  return trimSpan(source, start, end) ?? focus;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

export function round(value: number, decimals = 0): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** `count` things, with a plural that reads: "1 hint", "2 hints". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** Joins words as a person would: "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) {
    return words.join('');
  }
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
