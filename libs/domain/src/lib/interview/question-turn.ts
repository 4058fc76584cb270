import type { DecisionKind, DecisionReason, DecisionReasonCode } from '@interview-prep/contracts';
import type { AnswerAnalysis, CandidateMessage } from '../analysis/answer-analysis';
import { featuresOf, mergeFeatures } from '../analysis/answer-features';
import type { CandidateIntent } from '../analysis/candidate-intent';
import type { JunkReason, JunkVerdict } from '../analysis/junk-gate';
import { profileQuestion } from '../analysis/question-profile';
import { readReply } from '../scoring/question-review';
import { assertNever } from '../util/assert-never';
import { splitSentences } from '../util/text';
import { planFollowUp, toMessageSpan } from './follow-up-planner';
import { type AskedQuestion, currentQuestion, type InterviewState } from './interview-state';
import { isOutOfTime, sentences, type Turn, type TurnTools } from './interview-turn';
import type { LineKind } from './interviewer-lines';
import { advance, closeQuestion, scoreAsked, statusWhenLeaving } from './question-flow';

/** Repeats, clarifications, nudges and spent hints allowed on one question before moving on. */
export const MAX_STALLS = 4;

const GENERIC_HINTS = {
  technical: [
    'Start with the simplest approach that works, even if it is slow, then look for the repeated work you could avoid.',
    'Think about which data structure would let you find what you need without scanning everything again.',
  ],
  behavioral: [
    'Pick one specific situation and walk through it: the situation, what you were responsible for, what you did, and how it turned out.',
    'Focus on what you personally did, and how you knew it worked.',
  ],
} as const;

/** A candidate's message while a question is open: a request, junk, or an answer. */
export async function questionTurn(
  state: InterviewState,
  message: CandidateMessage,
  tools: TurnTools,
): Promise<Turn> {
  const asked = currentQuestion(state);
  if (asked === null) {
    throw new Error('The questions phase has no open question');
  }
  const profile = profileQuestion(asked.question);
  const read = readReply(profile, message, asked.answers.length);
  switch (read.kind) {
    case 'intent':
      return requestTurn(state, asked, read.intent, message, tools);
    case 'junk':
      return nudgeTurn(state, asked, read.analysis.messageId, read.verdict, tools);
    case 'answer':
      return answerTurn(state, asked, read.analysis, tools);
    default:
      return assertNever(read);
  }
}

async function requestTurn(
  state: InterviewState,
  asked: AskedQuestion,
  intent: CandidateIntent,
  message: CandidateMessage,
  tools: TurnTools,
): Promise<Turn> {
  const { voice } = tools;
  const span = toMessageSpan({ messageId: message.id }, intent.span);
  switch (intent.kind) {
    case 'repeat':
      return stall(
        state,
        asked,
        tools,
        'repeat',
        voice.say('repeat', { prompt: state.lastPrompt }),
        {
          code: 'intent_repeat',
          detail: 'The candidate asked to hear the question again.',
          span,
        },
      );
    case 'clarify':
      return stall(state, asked, tools, 'clarify', clarification(state, asked, tools), {
        code: 'intent_clarify',
        detail: 'The candidate asked what the question means.',
        span,
      });
    case 'assumption':
      return stall(state, asked, tools, 'clarify', voice.say('assumption'), {
        code: 'intent_assumption',
        detail: 'The candidate checked an assumption.',
        span,
      });
    case 'hint':
      return hintTurn(state, asked, tools, {
        code: 'intent_hint',
        detail: 'The candidate asked for a hint.',
        span,
      });
    case 'skip':
    case 'dont_know': {
      const code: DecisionReasonCode = intent.kind === 'skip' ? 'intent_skip' : 'intent_dont_know';
      const detail =
        intent.kind === 'skip'
          ? 'The candidate asked to skip the question.'
          : 'The candidate does not know the answer.';
      const closed = closeQuestion(state, statusWhenLeaving(asked, 'skipped'));
      return advance(closed, tools, voice.say(intent.kind === 'skip' ? 'ackSkip' : 'ackDontKnow'), {
        code,
        detail,
        span,
      });
    }
    case 'end':
      throw new Error('The engine ends the interview before the question turn');
    default:
      return assertNever(intent.kind);
  }
}

function hintTurn(
  state: InterviewState,
  asked: AskedQuestion,
  tools: TurnTools,
  reason: DecisionReason,
): Promise<Turn> | Turn {
  const hints = asked.question.hints.length > 0 ? asked.question.hints : GENERIC_HINTS[asked.kind];
  const hint = hints[asked.hintsUsed];
  if (hint === undefined) {
    return stall(state, asked, tools, 'give_hint', tools.voice.say('hintsExhausted'), {
      ...reason,
      code: 'hints_exhausted',
      detail: `All ${hints.length} hints were already given.`,
    });
  }
  return {
    state: withOpen(state, { ...asked, hintsUsed: asked.hintsUsed + 1 }),
    text: tools.voice.say('hint', { hint }),
    decision: {
      kind: 'give_hint',
      reason: {
        ...reason,
        detail: `Hint ${asked.hintsUsed + 1} of ${hints.length}; each hint costs a point of problem solving.`,
      },
      question_id: asked.question.id,
      selection: null,
    },
  };
}

/** The question in a sentence, or what the last follow-up was after. */
function clarification(state: InterviewState, asked: AskedQuestion, tools: TurnTools): string {
  const followUp = asked.followUps[asked.followUps.length - 1];
  if (followUp !== undefined && followUp.text === state.lastPrompt) {
    return tools.voice.say('clarifyFollowUp', { about: followUp.about });
  }
  const gist = splitSentences(asked.prompt)[0]?.text ?? asked.prompt;
  return tools.voice.say('clarifyQuestion', { gist });
}

const NUDGES: Readonly<Record<JunkReason, LineKind>> = {
  empty: 'nudgeEmpty',
  too_short: 'nudgeShort',
  not_words: 'nudgeNotWords',
  repetitive: 'nudgeRepetitive',
  off_topic: 'nudgeOffTopic',
};

function nudgeTurn(
  state: InterviewState,
  asked: AskedQuestion,
  messageId: string,
  { reason, detail, span }: JunkVerdict,
  tools: TurnTools,
): Promise<Turn> | Turn {
  const text = tools.voice.say(NUDGES[reason], { prompt: asked.prompt });
  return stall(state, asked, tools, 'nudge', text, {
    code: `junk_${reason}`,
    detail,
    span: toMessageSpan({ messageId }, span),
  });
}

/** A turn that does not move the answer on; past MAX_STALLS the interview moves on. */
function stall(
  state: InterviewState,
  asked: AskedQuestion,
  tools: TurnTools,
  kind: DecisionKind,
  text: string,
  reason: DecisionReason,
): Promise<Turn> | Turn {
  const updated = { ...asked, stalls: asked.stalls + 1 };
  if (updated.stalls > MAX_STALLS) {
    const closed = closeQuestion(withOpen(state, updated), statusWhenLeaving(updated, 'skipped'));
    return advance(closed, tools, tools.voice.say('stallLimit'), {
      ...reason,
      code: 'stall_limit',
      detail: `${MAX_STALLS} turns went by without progress on this question.`,
    });
  }
  return {
    state: withOpen(state, updated),
    text,
    decision: { kind, reason, question_id: asked.question.id, selection: null },
  };
}

async function answerTurn(
  state: InterviewState,
  asked: AskedQuestion,
  analysis: AnswerAnalysis,
  tools: TurnTools,
): Promise<Turn> {
  const answered: AskedQuestion = {
    ...asked,
    answers: [...asked.answers, { messageId: analysis.messageId, features: featuresOf(analysis) }],
  };
  const score = scoreAsked(answered);
  const ack = tools.voice.say(score >= 7 ? 'ackStrong' : score >= 4 ? 'ackPartial' : 'ackWeak');
  const withAnswer = withOpen(state, answered);
  if (isOutOfTime(state, tools.now)) {
    return advance(closeQuestion(withAnswer, 'answered'), tools, ack, {
      code: 'time_limit',
      detail: 'Time is up, so no more follow-ups.',
      span: null,
    });
  }
  const plan = planFollowUp({
    profile: profileQuestion(asked.question),
    features:
      mergeFeatures(answered.answers.map((answer) => answer.features)) ?? featuresOf(analysis),
    latest: analysis,
    asked: asked.followUps,
    maxFollowUps: state.config.maxFollowUps,
    score,
    random: tools.random,
  });
  if (plan.kind === 'move_on') {
    return advance(closeQuestion(withAnswer, 'answered'), tools, ack, plan.reason);
  }
  const question =
    plan.mention === null
      ? tools.voice.say('followUpPlain', { question: plan.text })
      : tools.voice.say('followUpMention', { phrase: plan.mention, question: plan.text });
  return {
    state: {
      ...withOpen(state, {
        ...answered,
        followUps: [
          ...asked.followUps,
          { text: plan.text, reason: plan.reason.code, about: plan.about },
        ],
      }),
      lastPrompt: plan.text,
    },
    text: sentences(ack, question),
    decision: {
      kind: 'follow_up',
      reason: plan.reason,
      question_id: asked.question.id,
      selection: null,
    },
  };
}

function withOpen(state: InterviewState, asked: AskedQuestion): InterviewState {
  return { ...state, questions: [...state.questions.slice(0, -1), asked] };
}
