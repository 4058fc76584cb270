import { BEHAVIORAL_TAG, type QuestionKind } from '@interview-prep/contracts';
import type { BankQuestion } from '../question-bank';
import { type BehavioralCue, KEY_POINT_CUES } from './behavioral-signals';
import { KIND_LEXICON } from './domain-lexicon';
import { type ProfiledPoint, profilePoint } from './key-point-coverage';
import { termSet } from './terms';

/** What the analyzer needs to know about a question, computed once per question. */
export interface QuestionProfile {
  readonly question: BankQuestion;
  readonly kind: QuestionKind;
  /** Terms of the title and prompt: echoing them is weak evidence. */
  readonly promptKeys: ReadonlySet<string>;
  /** The question's key points and expected topics, with their terms. */
  readonly keyPoints: readonly ProfiledPoint[];
  readonly topics: readonly ProfiledPoint[];
  /** Terms an on-topic answer is likely to use. */
  readonly vocabulary: ReadonlySet<string>;
  /** Complexity classes named by the key points or reference answer, e.g. `o(n)`. */
  readonly expectedComplexity: readonly string[];
  readonly expectsComplexity: boolean;
  /** System design: scale estimates stand in for big-O. */
  readonly expectsScale: boolean;
  /** For behavioral key points: the cue that shows each one, or null. */
  readonly keyPointCues: readonly (BehavioralCue | null)[];
}

export function questionKind(question: BankQuestion): QuestionKind {
  return question.tags.includes(BEHAVIORAL_TAG) || question.questionType === 'behavioral'
    ? 'behavioral'
    : 'technical';
}

const lexiconKeys: Readonly<Record<QuestionKind, ReadonlySet<string>>> = {
  technical: termSet(KIND_LEXICON.technical.join(' ')),
  behavioral: termSet(KIND_LEXICON.behavioral.join(' ')),
};

/**
 * A profile depends only on the question's content, and every turn profiles the question under
 * discussion again (a stored state holds plain JSON, not profiles): stemming a question's text was
 * a third of a turn's CPU. So profiles are remembered by content, the least recently used dropped.
 */
const PROFILE_CACHE_SIZE = 2_000;
const profiles = new Map<string, QuestionProfile>();
/** A turn asks for the same (immutable) question object's profile several times: no key then. */
const profilesByObject = new WeakMap<BankQuestion, QuestionProfile>();

export function profileQuestion(question: BankQuestion): QuestionProfile {
  const known = profilesByObject.get(question);
  if (known !== undefined) {
    return known;
  }
  const key = JSON.stringify(question);
  let profile = profiles.get(key);
  if (profile === undefined) {
    profile = buildProfile(question);
    if (profiles.size >= PROFILE_CACHE_SIZE) {
      profiles.delete(profiles.keys().next().value as string);
    }
  } else {
    profiles.delete(key);
  }
  profiles.set(key, profile);
  profilesByObject.set(question, profile);
  return profile;
}

function buildProfile(question: BankQuestion): QuestionProfile {
  const kind = questionKind(question);
  const promptKeys = termSet(`${question.title} ${question.prompt}`);
  const ownText = [
    question.title,
    question.prompt,
    question.tags.join(' ').replace(/-/gu, ' '),
    ...question.followups,
    ...question.keyPoints,
    ...question.expectedTopics,
    ...question.evaluationFocus,
    ...question.hints,
    question.referenceAnswer ?? '',
  ].join('\n');
  const ownKeys = termSet(ownText);
  const expectedComplexity = [
    ...termSet([...question.keyPoints, question.referenceAnswer ?? ''].join('\n')),
  ].filter((key) => key.startsWith('o('));
  return {
    question,
    kind,
    promptKeys,
    keyPoints: question.keyPoints.map(profilePoint),
    topics: question.expectedTopics.map(profilePoint),
    vocabulary: new Set([...ownKeys, ...lexiconKeys[kind]]),
    expectedComplexity,
    expectsComplexity:
      kind === 'technical' &&
      (expectedComplexity.length > 0 ||
        question.tags.includes('complexity') ||
        question.questionType === 'coding'),
    expectsScale: question.questionType === 'system_design',
    keyPointCues: question.keyPoints.map((point) =>
      kind === 'behavioral'
        ? (KEY_POINT_CUES.find((cue) => cue.pattern.test(point))?.label ?? null)
        : null,
    ),
  };
}
