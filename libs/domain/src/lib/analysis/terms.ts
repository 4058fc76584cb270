import { porterStem } from './porter-stemmer';
import { STOPWORDS } from './stopwords';
import { SYNONYM_GROUPS } from './synonyms';
import { type Token, tokenize } from './tokenizer';

/**
 * A normalized unit of meaning in a text: a stem ("pointer"), a concept from the synonym groups
 * ("hash_map" for "dictionary") or a complexity class ("o(n)"), with the span it came from.
 */
export interface Term {
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

/*
 * A text repeats its words and a bank has a few thousand distinct ones, so stems are remembered;
 * stemming was a fifth of profiling a question. Cleared when full, which keeps it bounded.
 */
const STEM_CACHE_SIZE = 20_000;
const stems = new Map<string, string>();

/** The stem of one token: possessive dropped, then Porter-stemmed. */
function baseKey(token: Token): string {
  if (token.kind !== 'word') {
    return token.norm;
  }
  let stem = stems.get(token.norm);
  if (stem === undefined) {
    stem = porterStem(token.norm.endsWith("'s") ? token.norm.slice(0, -2) : token.norm);
    if (stems.size >= STEM_CACHE_SIZE) {
      stems.clear();
    }
    stems.set(token.norm, stem);
  }
  return stem;
}

function phraseKey(text: string): string {
  return tokenize(text).map(baseKey).join(' ');
}

const SYNONYMS: ReadonlyMap<string, string> = new Map(
  SYNONYM_GROUPS.flatMap((group) =>
    group.phrases.map((phrase) => [phraseKey(phrase), group.concept] as const),
  ),
);

/** Every phrase's leading words ("binari", "binari search", ...): a token that starts none is alone. */
const PHRASE_PREFIXES: ReadonlySet<string> = new Set(
  [...SYNONYMS.keys()].flatMap((key) =>
    key.split(' ').map((_, i, words) => words.slice(0, i + 1).join(' ')),
  ),
);

const STOP_KEYS: ReadonlySet<string> = new Set(STOPWORDS.map(phraseKey));

function isNoise(token: Token, key: string): boolean {
  // Single letters are variable names ("i", "n"), not content; digits and complexity stay.
  return STOP_KEYS.has(key) || (token.kind === 'word' && [...token.norm].length < 2);
}

/** The text's terms in order, synonyms folded into their concept and stopwords left out. */
export function extractTerms(text: string): Term[] {
  return termsOf(tokenize(text));
}

/** extractTerms over a text's tokens, for a caller that has them already. */
export function termsOf(tokens: readonly Token[]): Term[] {
  const keys = tokens.map(baseKey);
  const terms: Term[] = [];
  let i = 0;
  while (i < tokens.length) {
    const phrase = matchPhrase(keys, i);
    if (phrase !== null) {
      terms.push({
        key: phrase.concept,
        start: tokens[i]?.start ?? 0,
        end: tokens[i + phrase.length - 1]?.end ?? 0,
      });
      i += phrase.length;
      continue;
    }
    const token = tokens[i] as Token;
    const key = keys[i] as string;
    if (!isNoise(token, key)) {
      terms.push({ key, start: token.start, end: token.end });
    }
    i += 1;
  }
  return terms;
}

/** The longest synonym phrase starting at `from`, grown a word at a time while one can match. */
function matchPhrase(
  keys: readonly string[],
  from: number,
): { concept: string; length: number } | null {
  let longest: { concept: string; length: number } | null = null;
  let phrase = '';
  for (let end = from; end < keys.length; end += 1) {
    phrase = end === from ? (keys[end] as string) : `${phrase} ${keys[end] as string}`;
    if (!PHRASE_PREFIXES.has(phrase)) {
      break;
    }
    const concept = SYNONYMS.get(phrase);
    if (concept !== undefined) {
      longest = { concept, length: end - from + 1 };
    }
  }
  return longest;
}

/** The distinct term keys of a text. */
export function termSet(text: string): Set<string> {
  return new Set(extractTerms(text).map((term) => term.key));
}

/**
 * Whether two keys name the same thing, allowing one typo in long stems ("recusion" for
 * "recursion"): answers are often typed fast or dictated.
 */
export function keysMatch(a: string, b: string): boolean {
  if (a === b) {
    return true;
  }
  if (
    a.length < 6 ||
    b.length < 6 ||
    Math.abs(a.length - b.length) > 1 ||
    a.includes('(') ||
    b.includes('(')
  ) {
    return false;
  }
  return editDistanceAtMostOne(a, b);
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a.charAt(i) === b.charAt(j)) {
      i += 1;
      j += 1;
      continue;
    }
    edits += 1;
    if (edits > 1) {
      return false;
    }
    if (a.length > b.length) {
      i += 1;
    } else if (b.length > a.length) {
      j += 1;
    } else {
      i += 1;
      j += 1;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
