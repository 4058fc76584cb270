import type { DecisionReason, DecisionReasonCode, MessageSpan } from '@interview-prep/contracts';
import type { AnswerAnalysis } from '../analysis/answer-analysis';
import type { AnswerFeatures } from '../analysis/answer-features';
import type { QuestionProfile } from '../analysis/question-profile';
import { termSet } from '../analysis/terms';
import type { SeededRandom } from '../util/seeded-random';
import type { TextSpan } from '../util/text';
import type { AskedFollowUp } from './interview-state';

/** What the answer lacks, most important first, and how to ask about it. */
interface Gap {
  readonly code: DecisionReasonCode;
  readonly detail: string;
  /** The question's own follow-ups that probe this gap, if any. */
  readonly authored: RegExp | null;
  /** Asked when no authored follow-up fits. */
  readonly fallback: string | null;
  readonly about: string;
  readonly span: TextSpan | null;
  /** For a missed key point: the point, to find the follow-up that probes it. */
  readonly keyPoint: string | null;
}

export type FollowUpPlan =
  | {
      readonly kind: 'follow_up';
      readonly text: string;
      readonly about: string;
      readonly reason: DecisionReason;
      /** A few of the candidate's own words to react to, when they fit. */
      readonly mention: string | null;
    }
  | { readonly kind: 'move_on'; readonly reason: DecisionReason };

export interface FollowUpInput {
  readonly profile: QuestionProfile;
  /** All counted answers to the question so far, merged. */
  readonly features: AnswerFeatures;
  /** The answer just given. */
  readonly latest: AnswerAnalysis;
  readonly asked: readonly AskedFollowUp[];
  readonly maxFollowUps: number;
  /** The question's offline score so far, 0-10. */
  readonly score: number;
  readonly random: SeededRandom;
}

/** From this score an answer needs no probing, only at most one question for depth. */
const STRONG_ANSWER = 7.5;
const HEDGES_WORTH_ASKING = 3;

/**
 * Follow up or move on. Depth depends on the answer: gaps are probed (most important first,
 * each at most once) up to the follow-up limit; a strong answer gets one question for depth.
 */
export function planFollowUp(input: FollowUpInput): FollowUpPlan {
  const { asked, maxFollowUps, latest } = input;
  if (asked.length >= maxFollowUps) {
    return moveOn(
      'follow_up_limit',
      `Asked ${asked.length} follow-up${asked.length === 1 ? '' : 's'}, the limit for one question.`,
    );
  }
  const strong = input.score >= STRONG_ANSWER;
  const gaps = strong
    ? []
    : gapsOf(input).filter((gap) => !asked.some((previous) => previous.reason === gap.code));
  for (const candidate of gaps) {
    const text = phrase(candidate, input);
    if (text !== null) {
      return followUp(candidate, text, input);
    }
  }
  const depth = asked.length === 0 ? unusedFollowUps(input)[0] : undefined;
  if (depth !== undefined) {
    return followUp(
      makeGap(
        'depth_probe',
        'The answer covers the essentials; one question to go deeper.',
        null,
        depth,
        'going one level deeper',
      ),
      depth,
      input,
    );
  }
  return strong || asked.length === 0
    ? moveOn('strong_answer', 'The answer covers what the question asks.', latest)
    : moveOn('gaps_probed', 'The gaps worth probing have been asked about.', latest);
}

function gapsOf(input: FollowUpInput): Gap[] {
  return input.profile.kind === 'technical' ? technicalGaps(input) : behavioralGaps(input);
}

function technicalGaps({ profile, features, latest }: FollowUpInput): Gap[] {
  const gaps: Gap[] = [];
  const measures = new Set(features.complexityMeasures);
  if (profile.expectsComplexity && features.complexityClasses.length === 0) {
    gaps.push(
      makeGap(
        'complexity_missing',
        'The answer gives no time or space complexity.',
        /complex|big-?o|\bO\(|how (fast|long)|\bspace\b|\btime\b/i,
        'What are the time and space complexities of your approach?',
        'the time and space complexity of your approach',
      ),
    );
  } else if (profile.expectsComplexity && !measures.has('space') && !measures.has('unspecified')) {
    gaps.push(
      makeGap(
        'complexity_missing',
        'The answer gives the time complexity but not the space.',
        null,
        'And how much extra space does it use?',
        'the extra memory your approach needs',
        latest.complexity[0] ?? null,
      ),
    );
  }
  if (features.edgeCaseKinds.length === 0) {
    gaps.push(
      profile.expectsScale
        ? makeGap(
            'edge_cases_missing',
            'The design does not say what happens when parts fail.',
            // Whole words: "without slowing ingestion" is about throughput, not failure.
            /\b(?:fail\w*|(?:goes|go|is|are) down|outages?|crash\w*|lost|slows? down|slowdowns?|retr(?:y|ies)|partitions?)\b/i,
            'What happens when one of these components fails or slows down?',
            'how the design behaves when parts of it fail',
          )
        : makeGap(
            'edge_cases_missing',
            'The answer names no edge cases.',
            /empty|edge|null|what (happens|if)|invalid|overflow|duplicate|negative|single/i,
            'What edge cases would you check, and how does your solution handle them?',
            'the edge cases and how your solution handles them',
          ),
    );
  }
  gaps.push(...missedKeyPoints(latest));
  if (features.hedges >= HEDGES_WORTH_ASKING) {
    const hedge = latest.hedges[latest.hedges.length - 1] ?? null;
    gaps.push(
      makeGap(
        'hedging',
        `The answer hedges ${features.hedges} times.`,
        null,
        'You sounded unsure at a few points. Which approach would you commit to, and why?',
        'which approach you would commit to',
        hedge,
      ),
    );
  }
  return gaps;
}

function behavioralGaps({ features, latest }: FollowUpInput): Gap[] {
  const shows = (cue: string): boolean => (features.behavior as readonly string[]).includes(cue);
  const gaps: Gap[] = [];
  if (!shows('situation') && !shows('task')) {
    gaps.push(
      makeGap(
        'situation_missing',
        'The answer does not set up a specific situation.',
        /context|situation|what was at stake|background/i,
        'Can you set the scene a bit? Where was this, and what was at stake?',
        'the specific situation and what was at stake',
      ),
    );
  }
  if (!shows('action')) {
    gaps.push(
      makeGap(
        'action_missing',
        'The answer does not say what the candidate did.',
        /you (personally|specifically)|your (role|part)|what did you do/i,
        'What did you personally do, step by step?',
        'what you personally did',
      ),
    );
  } else if (features.plural >= 3 && features.plural > 2 * features.singular) {
    const we = /\bwe\b/i.exec(latest.text);
    gaps.push(
      makeGap(
        'personal_role_unclear',
        `The answer says "we" ${features.plural} times and "I" ${features.singular} times.`,
        /you (personally|specifically)|your (role|part)/i,
        'You said "we" a lot. What was your part specifically?',
        "your own part, as opposed to the team's",
        we === null ? null : { start: we.index, end: we.index + we[0].length, text: we[0] },
      ),
    );
  }
  if (!shows('result')) {
    gaps.push(
      makeGap(
        'result_missing',
        'The answer does not say how it turned out.',
        /outcome|result|turn out|impact|metric/i,
        'How did it turn out in the end?',
        'how it turned out',
      ),
    );
  } else if (!shows('measurable')) {
    gaps.push(
      makeGap(
        'outcome_not_measurable',
        'The result has no measurable outcome.',
        /metric|measure|number|how much|impact/i,
        'Can you put a number on the impact: time saved, users affected, anything measurable?',
        'a measurable result',
      ),
    );
  }
  if (!shows('reflection')) {
    gaps.push(
      makeGap(
        'reflection_missing',
        'The answer does not reflect on what was learned.',
        /differently|learn|again|next time|change/i,
        'Looking back, what would you do differently?',
        'what you learned and would do differently',
      ),
    );
  }
  gaps.push(...missedKeyPoints(latest));
  return gaps;
}

function makeGap(
  code: DecisionReasonCode,
  detail: string,
  authored: RegExp | null,
  fallback: string | null,
  about: string,
  span: TextSpan | null = null,
): Gap {
  return { code, detail, authored, fallback, about, span, keyPoint: null };
}

/** Each missed key point, asked about through the authored follow-up that shares most words with it. */
function missedKeyPoints(latest: AnswerAnalysis): Gap[] {
  return latest.keyPoints
    .filter((point) => !point.covered)
    .map((point) => ({
      ...makeGap(
        'key_point_missed',
        `The answer does not cover: "${point.point}".`,
        null,
        null,
        'a part of the problem your answer has not covered yet',
        point.span,
      ),
      keyPoint: point.point,
    }));
}

/** The question to ask for a gap: an authored follow-up that fits, else the generic one. */
function phrase(target: Gap, input: FollowUpInput): string | null {
  const unused = unusedFollowUps(input);
  if (target.keyPoint !== null) {
    return closestFollowUp(unused, target.keyPoint);
  }
  return (
    (target.authored === null ? undefined : unused.find((text) => target.authored?.test(text))) ??
    target.fallback
  );
}

function unusedFollowUps({ profile, asked }: FollowUpInput): string[] {
  return profile.question.followups.filter(
    (text) => !asked.some((previous) => previous.text === text),
  );
}

/** The follow-up sharing the most terms with the key point; null when none shares any. */
function closestFollowUp(followUps: readonly string[], keyPoint: string): string | null {
  const wanted = termSet(keyPoint);
  let best: string | null = null;
  let bestShared = 0;
  for (const text of followUps) {
    const shared = [...termSet(text)].filter((key) => wanted.has(key)).length;
    if (shared > bestShared) {
      best = text;
      bestShared = shared;
    }
  }
  return best;
}

function followUp(target: Gap, text: string, input: FollowUpInput): FollowUpPlan {
  return {
    kind: 'follow_up',
    text,
    about: target.about,
    reason: {
      code: target.code,
      detail: target.detail,
      span: toMessageSpan(input.latest, target.span),
    },
    mention: mentionOf(input.latest, input.random),
  };
}

function moveOn(
  code: DecisionReasonCode,
  detail: string,
  latest: AnswerAnalysis | null = null,
): FollowUpPlan {
  return {
    kind: 'move_on',
    reason: {
      code,
      detail,
      span: latest === null ? null : toMessageSpan(latest, latest.sentences[0] ?? null),
    },
  };
}

export function toMessageSpan(
  analysis: { readonly messageId: string },
  span: TextSpan | null,
): MessageSpan | null {
  return span === null
    ? null
    : { message_id: analysis.messageId, start: span.start, end: span.end, text: span.text };
}

/** Two to five of the candidate's words that matched a key point: something they really said. */
function mentionOf(latest: AnswerAnalysis, random: SeededRandom): string | null {
  if (latest.kind !== 'technical') {
    return null;
  }
  const phrases = latest.keyPoints
    .filter((point) => point.covered)
    .flatMap((point) => point.matched)
    .map((span) => span.text)
    .filter((text) => text.includes(' ') && text.length <= 40 && !text.includes('('));
  return random.pick([...new Set(phrases)]) ?? null;
}
