import {
  COMPANY_DISPLAY_NAMES,
  type DecisionReason,
  type InterviewDecision,
  type InterviewPhase,
  type InterviewProgress,
} from '@interview-prep/contracts';
import type { CandidateMessage } from '../analysis/answer-analysis';
import { detectIntent } from '../analysis/candidate-intent';
import { PERSONAS } from '../prompts/company-personas';
import type { QuestionCatalog } from '../selection/question-catalog';
import { assertNever } from '../util/assert-never';
import { deriveSeed, SeededRandom } from '../util/seeded-random';
import { plural } from '../util/text';
import { toMessageSpan } from './follow-up-planner';
import { initialState, type InterviewSetup } from './initial-state';
import { InterviewFinishedError, UnsupportedStateVersionError } from './interview-errors';
import { progressOf } from './interview-progress';
import { currentQuestion, INTERVIEW_STATE_VERSION, type InterviewState } from './interview-state';
import { sentences, type Turn, type TurnTools } from './interview-turn';
import { Voice } from './interviewer-voice';
import { advance, closeQuestion, statusWhenLeaving } from './question-flow';
import { questionTurn } from './question-turn';
import { askedBack, firstName, readMood } from './small-talk';
import { answerCandidateQuestion, declinesToAsk } from './wrap-up-questions';

/** The ports the engine reaches the world through. */
export interface InterviewPorts {
  readonly catalog: QuestionCatalog;
}

/** A candidate's message, as stored by the API before the turn. */
export interface IncomingMessage extends CandidateMessage {
  /** ISO time it arrived. */
  readonly at: string;
}

export interface InterviewerReply {
  /** Deterministic, complete on its own; an LLM may rephrase it (see buildReplyRewritePrompt). */
  readonly text: string;
  /** The question this message asks, follows up or hints on; null outside the questions. */
  readonly questionId: string | null;
}

export interface TurnResult {
  readonly state: InterviewState;
  readonly reply: InterviewerReply;
  readonly decision: InterviewDecision;
  readonly progress: InterviewProgress;
  /** The question the candidate's message answered (store it with the message); null outside the questions. */
  readonly candidateQuestionId: string | null;
}

/** Wrap-up questions the interviewer answers before closing. */
export const MAX_WRAP_UP_QUESTIONS = 3;

/**
 * The interviewer: warmup, questions, wrap-up, finished. Every method takes the stored state
 * and returns a new one with the reply and the decision behind it; the engine keeps nothing
 * between calls, so any process can serve any turn. Deterministic for a given seed and catalog.
 */
export class InterviewEngine {
  constructor(private readonly ports: InterviewPorts) {}

  /** The greeting, or for a session without warmup (a retry), the first question. */
  async start(setup: InterviewSetup): Promise<TurnResult> {
    const state = initialState(setup);
    const tools = this.tools(state, 0, setup.startedAt);
    const persona = PERSONAS[state.company];
    const name = firstName(state.candidateName) || 'there';
    if (state.config.warmup) {
      const greeting = tools.voice.say('greeting', { name });
      return finish(
        {
          state: { ...state, lastPrompt: greeting },
          text: greeting,
          decision: decision('greet', {
            code: 'session_started',
            detail: 'The session started with small talk.',
            span: null,
          }),
        },
        tools,
        null,
      );
    }
    const retry = state.pinnedQuestions.length > 0;
    const opening = tools.voice.say(retry ? 'retryIntroduction' : 'directIntroduction', {
      name,
      interviewer: persona.name,
    });
    const reason: DecisionReason = retry
      ? { code: 'pinned_question', detail: 'The session retries a question.', span: null }
      : { code: 'session_started', detail: 'The session skips the small talk.', span: null };
    return finish(await advance(state, tools, opening, reason), tools, null);
  }

  /** One candidate message and the interviewer's answer to it. */
  async reply(state: InterviewState, message: IncomingMessage): Promise<TurnResult> {
    assertReadable(state);
    if (state.phase === 'finished') {
      throw new InterviewFinishedError();
    }
    const tools = this.tools(state, state.turn + 1, message.at);
    const answering =
      state.phase === 'questions' ? (currentQuestion(state)?.question.id ?? null) : null;
    const intent = detectIntent(message.content);
    if (intent?.kind === 'end') {
      const reason = {
        code: 'intent_end',
        detail: 'The candidate asked to end the interview.',
        span: toMessageSpan({ messageId: message.id }, intent.span),
      } as const;
      return finish(close(state, tools, 'endRequested', reason), tools, answering);
    }
    return finish(await this.turnIn(state.phase, state, message, tools), tools, answering);
  }

  /** Ends the interview now (the candidate pressed "finish"). */
  end(state: InterviewState, at: string): TurnResult {
    assertReadable(state);
    if (state.phase === 'finished') {
      throw new InterviewFinishedError();
    }
    const tools = this.tools(state, state.turn + 1, at);
    return finish(
      close(state, tools, 'endRequested', {
        code: 'finished_by_request',
        detail: 'The interview was ended from the app.',
        span: null,
      }),
      tools,
      null,
    );
  }

  private turnIn(
    phase: Exclude<InterviewPhase, 'finished'>,
    state: InterviewState,
    message: IncomingMessage,
    tools: TurnTools,
  ): Promise<Turn> | Turn {
    switch (phase) {
      case 'warmup':
        return warmupTurn(state, message, tools);
      case 'questions':
        return questionTurn(state, message, tools);
      case 'wrap_up':
        return wrapUpTurn(state, message, tools);
      default:
        return assertNever(phase);
    }
  }

  private tools(state: InterviewState, turn: number, now: string): TurnTools {
    const random = new SeededRandom(deriveSeed(state.seed, 'turn', turn));
    return {
      turn,
      random,
      voice: new Voice(random, state.recentLines),
      catalog: this.ports.catalog,
      now,
    };
  }
}

function assertReadable(state: InterviewState): void {
  if ((state.version as number) !== INTERVIEW_STATE_VERSION) {
    throw new UnsupportedStateVersionError(state.version);
  }
}

function decision(
  kind: InterviewDecision['kind'],
  reason: DecisionReason,
  questionId: string | null = null,
): InterviewDecision {
  return { kind, reason, question_id: questionId, selection: null };
}

/** Stamps the turn counter and the voice's memory, and attaches progress. */
function finish(turn: Turn, tools: TurnTools, candidateQuestionId: string | null): TurnResult {
  const state: InterviewState = {
    ...turn.state,
    turn: tools.turn,
    recentLines: tools.voice.memory(),
  };
  return {
    state,
    reply: { text: turn.text, questionId: turn.decision.question_id },
    decision: turn.decision,
    progress: progressOf(state, tools.now),
    candidateQuestionId,
  };
}

/** Answers the courtesy ("I am doing well"), introduces the interviewer, asks the first question. */
function warmupTurn(
  state: InterviewState,
  message: IncomingMessage,
  tools: TurnTools,
): Promise<Turn> {
  const { voice } = tools;
  const persona = PERSONAS[state.company];
  const mood = readMood(message.content);
  const moodLine = voice.say(
    mood === 'good'
      ? 'moodGood'
      : mood === 'low'
        ? 'moodLow'
        : mood === 'nervous'
          ? 'moodNervous'
          : 'moodNeutral',
  );
  const courtesy = voice.say(askedBack(message.content) ? 'courtesyAsked' : 'courtesyNotAsked');
  const introduction = voice.say('introduction', {
    interviewer: persona.name,
    role: persona.role,
    company: COMPANY_DISPLAY_NAMES[state.company],
    questions: plural(state.config.maxQuestions, 'question'),
    minutes: String(state.config.durationMinutes),
  });
  return advance(
    { ...state, phase: 'questions' },
    tools,
    sentences(moodLine, courtesy, introduction),
    {
      code: 'warmup_answered',
      detail: `The candidate answered the small talk (${mood} mood).`,
      span: null,
    },
  );
}

function wrapUpTurn(state: InterviewState, message: IncomingMessage, tools: TurnTools): Turn {
  if (declinesToAsk(message.content)) {
    return close(state, tools, 'closing', {
      code: 'no_candidate_questions',
      detail: 'The candidate had no questions.',
      span: null,
    });
  }
  const answer = answerCandidateQuestion(message.content, PERSONAS[state.company]);
  const asked = state.wrapUpQuestions + 1;
  const reason: DecisionReason = {
    code: 'candidate_question',
    detail: `Answered the candidate's question ${asked}.`,
    span: toMessageSpan(
      { messageId: message.id },
      { start: 0, end: message.content.length, text: message.content },
    ),
  };
  if (asked >= MAX_WRAP_UP_QUESTIONS) {
    return close(
      { ...state, wrapUpQuestions: asked },
      tools,
      'closing',
      {
        ...reason,
        code: 'wrap_up_limit',
        detail: `Answered ${asked} questions, the most the wrap-up takes.`,
      },
      answer,
    );
  }
  const more = tools.voice.say('wrapUpMore');
  return {
    state: { ...state, wrapUpQuestions: asked, lastPrompt: more },
    text: sentences(answer, more),
    decision: decision('answer_candidate_question', reason),
  };
}

/** Closes the open question and the interview with a goodbye. */
function close(
  state: InterviewState,
  tools: TurnTools,
  line: 'closing' | 'endRequested',
  reason: DecisionReason,
  opening = '',
): Turn {
  const open = currentQuestion(state);
  const closed = open === null ? state : closeQuestion(state, statusWhenLeaving(open, 'ended'));
  const name = firstName(state.candidateName);
  const goodbye = tools.voice.say(line, { addressee: name === '' ? '' : `, ${name}` });
  return {
    state: { ...closed, phase: 'finished', lastPrompt: '' },
    text: sentences(opening, goodbye),
    decision: decision('close', reason),
  };
}
