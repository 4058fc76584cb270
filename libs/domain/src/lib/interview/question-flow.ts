import {
  type DecisionReason,
  type QuestionKind,
  type QuestionSelectionReason,
} from '@interview-prep/contracts';
import { mergeFeatures } from '../analysis/answer-features';
import { profileQuestion, questionKind } from '../analysis/question-profile';
import { type BankQuestion, renderPrompt } from '../question-bank';
import { meanScore, gradeAnswer } from '../scoring/offline-grader';
import { difficultyPreference, recordAnswer } from '../selection/adaptive-difficulty';
import type { CandidateQuery } from '../selection/question-catalog';
import { selectQuestion } from '../selection/question-selector';
import { round } from '../util/text';
import {
  type AskedQuestion,
  askedQuestionIds,
  currentQuestion,
  type InterviewState,
  type QuestionStatus,
} from './interview-state';
import { isOutOfTime, sentences, type Turn, type TurnTools } from './interview-turn';

/** Enough candidates for the selector to weigh tags and weak areas; the bank cells are small. */
const CANDIDATE_LIMIT = 50;

/** The offline 0-10 score of a question from its stored answers (before the scorer's evidence checks). */
export function scoreAsked(asked: AskedQuestion): number {
  const features = mergeFeatures(asked.answers.map((answer) => answer.features));
  return round(
    meanScore(
      gradeAnswer({
        profile: profileQuestion(asked.question),
        features,
        hintsUsed: asked.hintsUsed,
      }),
    ),
    1,
  );
}

/** Closes the open question; a graded technical question moves the difficulty. */
export function closeQuestion(
  state: InterviewState,
  status: Exclude<QuestionStatus, 'open'>,
): InterviewState {
  const open = currentQuestion(state);
  if (open === null) {
    return state;
  }
  const score = status === 'ended' ? null : scoreAsked(open);
  const closed: AskedQuestion = { ...open, status, score };
  return {
    ...state,
    questions: [...state.questions.slice(0, -1), closed],
    difficulty:
      open.kind === 'technical' && score !== null
        ? recordAnswer(state.difficulty, open.question.id, score)
        : state.difficulty,
  };
}

/** How a question left: with answers it was answered, without it was skipped or never reached. */
export function statusWhenLeaving(
  asked: AskedQuestion,
  ifUnanswered: 'skipped' | 'ended',
): Exclude<QuestionStatus, 'open'> {
  return asked.answers.length > 0 ? 'answered' : ifUnanswered;
}

/**
 * After a question is closed: the next question, or the wrap-up when the time or the questions
 * are used up or the bank has nothing left. `opening` is what the interviewer says first (an
 * acknowledgement); `why` is the reason the previous question ended.
 */
export async function advance(
  state: InterviewState,
  tools: TurnTools,
  opening: string,
  why: DecisionReason,
): Promise<Turn> {
  const { voice } = tools;
  if (isOutOfTime(state, tools.now)) {
    return wrapUp(state, tools, sentences(opening, voice.say('timeUp')), {
      code: 'time_limit',
      detail: `The ${state.config.durationMinutes} minutes are up.`,
      span: null,
    });
  }
  if (state.questions.length >= state.config.maxQuestions) {
    return wrapUp(state, tools, opening, {
      code: 'question_limit',
      detail: `All ${state.config.maxQuestions} questions were asked.`,
      span: null,
    });
  }
  const next = await pickNext(state, tools);
  if (next === null) {
    return wrapUp(state, tools, sentences(opening, voice.say('bankExhausted')), {
      code: 'bank_exhausted',
      detail: 'No question left in the bank for this session.',
      span: null,
    });
  }
  const prompt = renderPrompt(next.question.prompt, state.company);
  const asked: AskedQuestion = {
    question: next.question,
    kind: next.kind,
    prompt,
    selection: next.selection,
    followUps: [],
    hintsUsed: 0,
    stalls: 0,
    answers: [],
    status: 'open',
    score: null,
  };
  const number = state.questions.length + 1;
  const lead =
    next.kind === 'behavioral'
      ? voice.say('behavioralLead')
      : number === 1
        ? voice.say('firstQuestion')
        : number === state.config.maxQuestions
          ? voice.say('lastQuestion')
          : voice.say('nextQuestion');
  return {
    state: {
      ...state,
      phase: 'questions',
      questions: [...state.questions, asked],
      lastPrompt: prompt,
    },
    text: sentences(opening, lead, prompt),
    decision: {
      kind: 'ask_question',
      reason: why,
      question_id: next.question.id,
      selection: next.selection,
    },
  };
}

function wrapUp(
  state: InterviewState,
  tools: TurnTools,
  opening: string,
  reason: DecisionReason,
): Turn {
  const invite = tools.voice.say('wrapUpInvite');
  return {
    state: { ...state, phase: 'wrap_up', lastPrompt: invite },
    text: sentences(opening, invite),
    decision: { kind: 'wrap_up', reason, question_id: null, selection: null },
  };
}

interface NextQuestion {
  readonly question: BankQuestion;
  readonly kind: QuestionKind;
  readonly selection: QuestionSelectionReason | null;
}

/** A pinned question first; else the planned kind, or the other kind when its bank is empty. */
async function pickNext(state: InterviewState, tools: TurnTools): Promise<NextQuestion | null> {
  const slot = state.questions.length;
  const pinned = state.pinnedQuestions[slot];
  if (pinned !== undefined) {
    return { question: pinned, kind: questionKind(pinned), selection: null };
  }
  const planned = state.plan[slot] ?? 'technical';
  // The first question is always technical, even when the technical bank is empty.
  const kinds: QuestionKind[] =
    slot === 0
      ? ['technical']
      : planned === 'technical'
        ? ['technical', 'behavioral']
        : ['behavioral', 'technical'];
  for (const kind of kinds) {
    const query = candidateQuery(state, kind);
    const candidates = (await tools.catalog.findCandidates(query)).filter(
      (candidate) => questionKind(candidate) === kind,
    );
    const previous = state.questions[state.questions.length - 1];
    const pick = selectQuestion(
      candidates,
      {
        targetDifficulty: query.difficulties[0] ?? state.baseDifficulty,
        companies: query.companies,
        askedIds: query.excludeIds,
        previousTags: previous?.question.tags ?? [],
        usedTags: [...new Set(state.questions.flatMap((asked) => asked.question.tags))],
        focus: state.focus,
      },
      tools.random,
    );
    if (pick !== null) {
      const { lastSeenAt: _seen, ...question } = pick.question;
      return { question, kind, selection: pick.reason };
    }
  }
  return null;
}

/** Behavioral questions stay at the chosen difficulty; technical ones follow the trajectory. */
function candidateQuery(state: InterviewState, kind: QuestionKind): CandidateQuery {
  const target = kind === 'behavioral' ? state.baseDifficulty : state.difficulty.current;
  return {
    tracks: kind === 'behavioral' ? ['behavioral', state.track] : [state.track],
    behavioral: kind === 'behavioral',
    companies: state.company === 'general' ? ['general'] : [state.company, 'general'],
    difficulties: difficultyPreference(target),
    excludeIds: askedQuestionIds(state),
    limit: CANDIDATE_LIMIT,
  };
}
