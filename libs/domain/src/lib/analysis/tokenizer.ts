import type { TextSpan } from '../util/text';

export type TokenKind = 'word' | 'number' | 'complexity';

/** A word, a number or a complexity expression like `O(n log n)`, with where it stands. */
export interface Token extends TextSpan {
  readonly kind: TokenKind;
  /** Lowercased word or number; for complexity, the normalized form, e.g. `o(nlogn)`. */
  readonly norm: string;
}

/*
 * Letters and digits of any script (\p{L}, \p{M}, \p{N}), so accented and non-Latin text
 * tokenizes too. A complexity expression is O/Θ/Ω followed by a parenthesised argument
 * (one level of nesting, for "O(n log(n))").
 */
const TOKEN =
  /(?<complexity>(?<![\p{L}\p{N}_])[OoΘθΩω]\s*\((?:[^()\n]|\([^()\n]*\)){1,40}\))|(?<word>[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*)/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // Each token is one object literal: spreading shared fields into it made V8 build tokens about
  // six times slower, and tokenizing is most of the time it takes to read a question.
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index ?? 0;
    const raw = match[0];
    const end = start + raw.length;
    if (match.groups?.['complexity'] !== undefined) {
      tokens.push({ start, end, text: raw, kind: 'complexity', norm: normalizeComplexity(raw) });
    } else {
      const lower = raw.toLowerCase().replace(/’/gu, "'");
      const kind = /^\p{N}+$/u.test(lower) ? 'number' : 'word';
      tokens.push({ start, end, text: raw, kind, norm: lower });
    }
  }
  return tokens;
}

/**
 * One spelling per complexity class: "O(N * log N)", "Θ(n log(n))" and "o(nlogn)" all become
 * `o(nlogn)`; "O(n²)" and "O(n^2)" become `o(n^2)`. Θ and Ω are read as the same class.
 */
export function normalizeComplexity(expression: string): string {
  const inner = expression
    .slice(expression.indexOf('(') + 1, expression.lastIndexOf(')'))
    .toLowerCase()
    .replace(/²/gu, '^2')
    .replace(/³/gu, '^3')
    .replace(/[\s*·×]/gu, '')
    .replace(/log_?2?\(([a-z]+)\)/gu, 'log$1')
    .replace(/log_?2/gu, 'log')
    .replace(/^([a-z])\1$/u, '$1^2');
  return `o(${inner})`;
}

/** Scripts written without spaces, where one token is a run of several words. */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}]/u;

/** Words in the tokens; an unspaced run counts one word per two characters, a rough average. */
export function countWords(tokens: readonly Token[]): number {
  return tokens.reduce(
    (sum, token) => sum + (UNSPACED.test(token.text) ? Math.ceil([...token.text].length / 2) : 1),
    0,
  );
}
