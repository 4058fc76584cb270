import type { QuestionKind } from '@interview-prep/contracts';
import type { TextSpan } from '../util/text';
import type { Token } from './tokenizer';

export type JunkReason = 'empty' | 'too_short' | 'not_words' | 'repetitive' | 'off_topic';

/** Why an answer was stopped, and the text that shows it. */
export interface JunkVerdict {
  readonly passed: false;
  readonly reason: JunkReason;
  readonly detail: string;
  readonly span: TextSpan | null;
}

/** Whether an answer is worth analysing; a junk answer gets a nudge and never reaches the score. */
export type GateVerdict = { readonly passed: true } | JunkVerdict;

export interface GateFacts {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly words: number;
  readonly isFollowUp: boolean;
  readonly kind: QuestionKind;
  /** Share of the answer's terms that belong to the question or its kind, 0-1. */
  readonly relevance: number;
  readonly distinctTerms: number;
  /** Best key-point coverage ratio of the answer. */
  readonly bestPointRatio: number;
  readonly hasCode: boolean;
  readonly hasComplexity: boolean;
  /** Whether the text reads as English, the language the question's vocabulary is in. */
  readonly english: boolean;
  /** Text that addressed the grader and was blanked. */
  readonly manipulation: readonly TextSpan[];
}

const MIN_WORDS = { question: 4, followUp: 2 } as const;
const MIN_WORD_LIKE_SHARE = 0.5;
const MIN_DISTINCT_SHARE = 0.3;
/*
 * Off-topic only when the answer shares almost nothing with the question. A story carries many
 * words of its own (names, products, places), so behavioral answers get a lower bar.
 */
const OFF_TOPIC = {
  minTerms: 6,
  maxPointRatio: 0.3,
  maxRelevance: { technical: 0.12, behavioral: 0.06 },
} as const;

export function judgeAnswer(facts: GateFacts): GateVerdict {
  const whole = wholeSpan(facts.text);
  if (facts.tokens.length === 0) {
    return facts.manipulation.length > 0
      ? junk(
          'off_topic',
          'The message addresses the grader instead of answering the question.',
          facts.manipulation[0] ?? null,
        )
      : junk('empty', 'The message has no words.', whole);
  }
  if (!facts.hasCode && !looksLikeWords(facts.tokens)) {
    return junk('not_words', 'The answer does not read as words.', whole);
  }
  if (isRepetitive(facts.tokens)) {
    return junk('repetitive', 'The answer repeats the same few words.', whole);
  }
  if (
    facts.words < (facts.isFollowUp ? MIN_WORDS.followUp : MIN_WORDS.question) &&
    !facts.hasComplexity &&
    !facts.hasCode
  ) {
    return junk(
      'too_short',
      `The answer has only ${facts.words} word${facts.words === 1 ? '' : 's'}.`,
      whole,
    );
  }
  if (
    facts.english &&
    facts.distinctTerms >= OFF_TOPIC.minTerms &&
    facts.relevance < OFF_TOPIC.maxRelevance[facts.kind] &&
    facts.bestPointRatio < OFF_TOPIC.maxPointRatio &&
    !facts.hasCode &&
    !facts.hasComplexity
  ) {
    return junk('off_topic', 'The answer shares almost no vocabulary with the question.', whole);
  }
  return { passed: true };
}

function junk(reason: JunkReason, detail: string, span: TextSpan | null): GateVerdict {
  return { passed: false, reason, detail, span };
}

function wholeSpan(text: string): TextSpan | null {
  const start = text.search(/\S/u);
  if (start < 0) {
    return null;
  }
  const end = text.trimEnd().length;
  return { start, end, text: text.slice(start, end) };
}

const KEYBOARD_RUNS = [
  'qwer',
  'wert',
  'rtyu',
  'tyui',
  'yuio',
  'uiop',
  'asdf',
  'sdfg',
  'dfgh',
  'fghj',
  'ghjk',
  'hjkl',
  'zxcv',
  'xcvb',
  'cvbn',
  'vbnm',
];

/*
 * Gibberish shows in Latin-script words as missing vowels, long consonant runs, one letter held
 * down or a keyboard row. Other scripts are given the benefit of the doubt.
 */
function isWordLike(token: Token): boolean {
  const word = token.norm;
  if (token.kind !== 'word' || !/^[a-z\u00c0-\u024f']+$/u.test(word) || word.length < 3) {
    return true;
  }
  return (
    /[aeiouyà-ÿ]/u.test(word) &&
    !/[^aeiouyà-ÿ']{6,}/u.test(word) &&
    !/(.)\1{3,}/u.test(word) &&
    !KEYBOARD_RUNS.some((run) => word.includes(run))
  );
}

function looksLikeWords(tokens: readonly Token[]): boolean {
  const words = tokens.filter((token) => token.kind === 'word');
  if (words.length === 0) {
    return false;
  }
  return words.filter(isWordLike).length / words.length >= MIN_WORD_LIKE_SHARE;
}

function isRepetitive(tokens: readonly Token[]): boolean {
  return (
    tokens.length >= 6 &&
    new Set(tokens.map((token) => token.norm)).size / tokens.length < MIN_DISTINCT_SHARE
  );
}
