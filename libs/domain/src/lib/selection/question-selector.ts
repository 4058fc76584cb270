import {
  BEHAVIORAL_TAG,
  type Company,
  DIFFICULTIES,
  type Difficulty,
  type QuestionSelectionReason,
  type RubricDimension,
} from '@interview-prep/contracts';
import type { BankQuestion } from '../question-bank';
import type { SeededRandom } from '../util/seeded-random';
import { joinWords, plural } from '../util/text';
import type { CandidateQuestion } from './question-catalog';

/** Where the candidate is weak across past sessions, and what the job asks for. */
export interface LearningFocus {
  readonly weakTags: readonly string[];
  readonly weakDimensions: readonly RubricDimension[];
  readonly jobTags: readonly string[];
}

export interface SelectionContext {
  readonly targetDifficulty: Difficulty;
  /** In order of preference: the session's company, then `general`. */
  readonly companies: readonly Company[];
  readonly askedIds: readonly string[];
  /** Tags of the question asked just before. */
  readonly previousTags: readonly string[];
  /** Tags of every question asked so far in the session. */
  readonly usedTags: readonly string[];
  readonly focus: LearningFocus;
}

export interface QuestionPick {
  readonly question: CandidateQuestion;
  readonly reason: QuestionSelectionReason;
}

/*
 * Within the best tier, a question's fit: a shared tag with the previous question costs more
 * than a new tag earns, so consecutive questions differ; weak areas and the job lean the choice.
 */
const FIT_WEIGHTS = { overlap: -3, newTag: 1, weakTag: 2, jobTag: 1.5, weakDimension: 1 } as const;

interface Ranked {
  readonly question: CandidateQuestion;
  /** Lexicographic: lower is better. */
  readonly tiers: readonly number[];
  readonly fit: number;
  readonly factors: Factors;
}

interface Factors {
  readonly overlap: readonly string[];
  readonly newTags: readonly string[];
  readonly weakTags: readonly string[];
  readonly jobTags: readonly string[];
  readonly weakDimensions: readonly RubricDimension[];
}

/**
 * Picks the next question from the catalog's candidates, by, in order: never a question already
 * asked; unseen before seen (then least recently seen); nearest difficulty; the company's own
 * questions before `general`; the best fit (tag diversity, weak areas, job description); then
 * the seeded random among equals. Pure: the same candidates and seed give the same pick.
 */
export function selectQuestion(
  candidates: readonly CandidateQuestion[],
  context: SelectionContext,
  random: SeededRandom,
): QuestionPick | null {
  const asked = new Set(context.askedIds);
  const unique = new Map(
    candidates
      .filter((candidate) => !asked.has(candidate.id))
      .map((candidate) => [candidate.id, candidate]),
  );
  // Sorted by id so the database's row order never changes the outcome.
  const pool = [...unique.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (pool.length === 0) {
    return null;
  }
  const seenOrder = [
    ...new Set(
      pool.flatMap((candidate) => (candidate.lastSeenAt === null ? [] : [candidate.lastSeenAt])),
    ),
  ].sort();
  const ranked = pool.map((question) => rank(question, context, seenOrder));
  const best = ranked.reduce<Ranked[]>((kept, entry) => {
    const order = kept[0] === undefined ? -1 : compare(entry, kept[0]);
    return order < 0 ? [entry] : order === 0 ? [...kept, entry] : kept;
  }, []);
  const chosen = random.pick(best) ?? (best[0] as Ranked);
  return { question: chosen.question, reason: explain(chosen, context, best.length) };
}

function rank(
  question: CandidateQuestion,
  context: SelectionContext,
  seenOrder: readonly string[],
): Ranked {
  const tags = question.tags.filter((tag) => tag !== BEHAVIORAL_TAG);
  const has = (list: readonly string[]): string[] => tags.filter((tag) => list.includes(tag));
  const factors: Factors = {
    overlap: has(context.previousTags),
    newTags: tags.filter((tag) => !context.usedTags.includes(tag)),
    weakTags: has(context.focus.weakTags),
    jobTags: has(context.focus.jobTags),
    // Reading a question's text for its dimensions is most of a pick's time: only when it counts.
    weakDimensions:
      context.focus.weakDimensions.length === 0
        ? []
        : dimensionsExercised(question).filter((dimension) =>
            context.focus.weakDimensions.includes(dimension),
          ),
  };
  const fit =
    FIT_WEIGHTS.overlap * factors.overlap.length +
    FIT_WEIGHTS.newTag * factors.newTags.length +
    FIT_WEIGHTS.weakTag * factors.weakTags.length +
    FIT_WEIGHTS.jobTag * factors.jobTags.length +
    FIT_WEIGHTS.weakDimension * factors.weakDimensions.length;
  const companyRank = context.companies.indexOf(question.company);
  return {
    question,
    tiers: [
      question.lastSeenAt === null ? 0 : 1 + seenOrder.indexOf(question.lastSeenAt),
      Math.abs(
        DIFFICULTIES.indexOf(question.difficulty) - DIFFICULTIES.indexOf(context.targetDifficulty),
      ),
      companyRank < 0 ? context.companies.length : companyRank,
    ],
    fit,
    factors,
  };
}

function compare(a: Ranked, b: Ranked): number {
  for (let i = 0; i < a.tiers.length; i += 1) {
    const difference = (a.tiers[i] ?? 0) - (b.tiers[i] ?? 0);
    if (difference !== 0) {
      return difference;
    }
  }
  return b.fit - a.fit;
}

// ASCII words, so no `u` flag: V8 matches them case-insensitively about five times faster without.
const EDGE_WORDS =
  /\b(?:empty|null|edge|overflow|duplicate|invalid|fail|failure|negative|boundary)\b/i;
const COMPLEXITY_WORDS = /\bO\(|\bcomplexity\b|\blinear\b|\blogarithmic\b/i;

/** The rubric dimensions a question gives the most room to show, for leaning toward weak ones. */
export function dimensionsExercised(question: BankQuestion): RubricDimension[] {
  const text = [...question.keyPoints, ...question.followups].join(' ');
  const dimensions: RubricDimension[] = [];
  const behavioral = question.tags.includes(BEHAVIORAL_TAG);
  if (behavioral || question.questionType === 'system_design') {
    dimensions.push('communication');
  }
  if (
    ['coding', 'system_design', 'object_design', 'debugging'].includes(question.questionType) ||
    question.tags.includes('ownership')
  ) {
    dimensions.push('problem_solving');
  }
  if (
    ['conceptual', 'debugging'].includes(question.questionType) ||
    question.tags.includes('decision-making')
  ) {
    dimensions.push('correctness_reasoning');
  }
  if (!behavioral && (COMPLEXITY_WORDS.test(text) || question.questionType === 'system_design')) {
    dimensions.push('complexity');
  }
  if ((!behavioral && EDGE_WORDS.test(text)) || question.tags.includes('failure')) {
    dimensions.push('edge_cases');
  }
  return dimensions;
}

function explain(chosen: Ranked, context: SelectionContext, ties: number): QuestionSelectionReason {
  const { question, factors } = chosen;
  const seen = question.lastSeenAt === null ? 'unseen' : 'least_recently_seen';
  const clauses = [
    `${seen === 'unseen' ? 'Not seen before' : `Least recently seen (${question.lastSeenAt})`}: a ${question.difficulty} ${question.company} question`,
    question.difficulty === context.targetDifficulty
      ? null
      : `closest to the target difficulty ${context.targetDifficulty}`,
    context.previousTags.length === 0
      ? null
      : factors.overlap.length === 0
        ? 'no tags shared with the previous question'
        : `shares ${joinWords(factors.overlap)} with the previous question, the least overlap available`,
    factors.newTags.length === 0
      ? null
      : `brings ${plural(factors.newTags.length, 'new tag')} (${joinWords(factors.newTags)})`,
    factors.weakTags.length === 0 ? null : `practises weak areas (${joinWords(factors.weakTags)})`,
    factors.weakDimensions.length === 0
      ? null
      : `exercises ${joinWords(factors.weakDimensions.map((d) => d.replace('_', ' ')))}`,
    factors.jobTags.length === 0
      ? null
      : `matches the job description (${joinWords(factors.jobTags)})`,
    ties > 1 ? `picked by seed among ${ties} equally good questions` : null,
  ];
  return { seen, detail: `${clauses.filter((clause) => clause !== null).join('; ')}.` };
}
