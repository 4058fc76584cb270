import fc from 'fast-check';
import { DIFFICULTIES } from '@interview-prep/contracts';
import type { BankQuestion } from '../question-bank';
import { BankQuestionFactory } from '../testing/bank-question.factory';
import { InMemoryQuestionCatalog } from '../testing/in-memory-question-catalog';
import { sampleBank } from '../testing/sample-bank';
import type { InterviewSetup } from './initial-state';
import { InterviewEngine, MAX_WRAP_UP_QUESTIONS, type TurnResult } from './interview-engine';
import { InterviewFinishedError, UnsupportedStateVersionError } from './interview-errors';
import type { InterviewState } from './interview-state';
import { MAX_STALLS } from './question-turn';

const startedAt = '2025-01-06T10:00:00.000Z';
const minute = (n: number): string => new Date(Date.parse(startedAt) + n * 60_000).toISOString();
const setup: InterviewSetup = {
  candidateName: 'Alex Doe',
  track: 'swe_intern',
  company: 'google',
  difficulty: 'medium',
  seed: 7,
  startedAt,
};

const GOOD_ANSWER =
  'I would use a hash map from value to index, and for each value look up target minus the current value before inserting it.';
const FULL_ANSWER = `${GOOD_ANSWER} That is O(n) time and O(n) space because of the map. An empty array returns -1, and duplicates work because I check before inserting.`;

function engineFor(
  bank: readonly BankQuestion[] = sampleBank(),
  lastSeen: Record<string, string> = {},
) {
  const catalog = new InMemoryQuestionCatalog(bank, lastSeen);
  return { engine: new InterviewEngine({ catalog }), catalog };
}

/** Plays messages in order, a minute apart, until the interview finishes. */
async function play(
  engine: InterviewEngine,
  first: TurnResult,
  messages: readonly string[],
): Promise<TurnResult[]> {
  const turns = [first];
  let current = first;
  for (const [i, content] of messages.entries()) {
    if (current.state.phase === 'finished') {
      break;
    }
    current = await engine.reply(current.state, { id: `m${i + 1}`, content, at: minute(i + 1) });
    turns.push(current);
  }
  return turns;
}

async function inQuestions(
  overrides: Partial<InterviewSetup> = {},
  bank?: readonly BankQuestion[],
) {
  const { engine, catalog } = engineFor(bank);
  const greeting = await engine.start({ ...setup, ...overrides });
  const first = await engine.reply(greeting.state, {
    id: 'm0',
    content: 'Good, thanks!',
    at: minute(1),
  });
  const say = (state: InterviewState, content: string, at = 2, id = 'm9') =>
    engine.reply(state, { id, content, at: minute(at) });
  return { engine, catalog, first, say };
}

describe('InterviewEngine', () => {
  describe('warmup', () => {
    it('should greet the candidate by first name and ask how they are', async () => {
      const { engine } = engineFor();
      const result = await engine.start(setup);
      expect(result.reply.text).toMatch(/^(Hi|Hello) Alex\b.*How are you doing today\?$/u);
      expect(result.decision).toMatchObject({
        kind: 'greet',
        reason: { code: 'session_started' },
        question_id: null,
      });
      expect(result.progress).toMatchObject({
        phase: 'warmup',
        question_number: 0,
        total_questions: 7,
      });
    });

    it('should answer the courtesy, introduce itself and ask a technical first question', async () => {
      const { engine } = engineFor();
      const greeting = await engine.start(setup);
      const result = await engine.reply(greeting.state, {
        id: 'm1',
        content: "I'm good, thanks. How are you?",
        at: minute(1),
      });
      expect(result.reply.text).toContain('I am doing well, thank');
      expect(result.reply.text).toContain('Daniel');
      expect(result.reply.text).toContain('7 questions');
      expect(result.reply.text).toContain(result.state.questions[0]?.prompt);
      expect(result.state.questions[0]?.kind).toBe('technical');
      expect(result.decision).toMatchObject({
        kind: 'ask_question',
        reason: { code: 'warmup_answered' },
      });
      expect(result.decision.selection?.seen).toBe('unseen');
      expect(result.candidateQuestionId).toBeNull();
      expect(result.progress).toMatchObject({
        phase: 'questions',
        question_number: 1,
        question_kind: 'technical',
      });
    });

    it('should reassure a nervous candidate', async () => {
      const { engine } = engineFor();
      const greeting = await engine.start(setup);
      const result = await engine.reply(greeting.state, {
        id: 'm1',
        content: 'Honestly a bit nervous.',
        at: minute(1),
      });
      expect(result.reply.text).toMatch(/normal/u);
      expect(result.reply.text).toContain('I am doing well');
    });
  });

  describe('follow-ups', () => {
    it('should probe what the answer lacks, quoting the signal', async () => {
      const { first, say } = await inQuestions();
      const result = await say(first.state, GOOD_ANSWER);
      expect(result.decision).toMatchObject({
        kind: 'follow_up',
        reason: { code: 'complexity_missing' },
        question_id: first.decision.question_id,
      });
      expect(result.candidateQuestionId).toBe(first.decision.question_id);
      expect(result.progress.follow_ups_on_question).toBe(1);
      expect(result.state.questions[0]?.answers).toHaveLength(1);
    });

    it('should stop following up at the limit and move on', async () => {
      const { first, say } = await inQuestions({ config: { maxFollowUps: 1 } });
      const followUp = await say(first.state, GOOD_ANSWER);
      const next = await say(followUp.state, 'Not sure, maybe it is fast enough.', 3);
      expect(next.decision).toMatchObject({
        kind: 'ask_question',
        reason: { code: 'follow_up_limit' },
      });
      expect(next.state.questions[0]?.status).toBe('answered');
      expect(next.progress.question_number).toBe(2);
    });

    it('should ask at most one question for depth after a complete answer', async () => {
      const { first, say } = await inQuestions();
      const depth = await say(first.state, FULL_ANSWER);
      expect(depth.decision.reason.code).toBe('depth_probe');
      const next = await say(
        depth.state,
        'I would write tests for an empty array, one element and duplicates.',
        3,
      );
      expect(next.decision.kind).toBe('ask_question');
    });
  });

  describe('requests', () => {
    it('should repeat the last thing asked', async () => {
      const { first, say } = await inQuestions();
      const result = await say(first.state, 'Sorry, could you repeat the question?');
      expect(result.reply.text).toContain(first.state.lastPrompt);
      expect(result.decision).toMatchObject({
        kind: 'repeat',
        reason: { code: 'intent_repeat', span: { message_id: 'm9' } },
      });
    });

    it('should clarify the question and accept assumptions', async () => {
      const { first, say } = await inQuestions();
      const clarified = await say(first.state, 'What do you mean?');
      expect(clarified.decision).toMatchObject({
        kind: 'clarify',
        reason: { code: 'intent_clarify' },
      });
      const assumed = await say(clarified.state, 'Can I assume the numbers fit in memory?', 3);
      expect(assumed.decision.reason.code).toBe('intent_assumption');
    });

    it('should give progressive hints, count them, and say when they run out', async () => {
      const { first, say } = await inQuestions();
      const hints = first.state.questions[0]?.question.hints ?? [];
      const one = await say(first.state, 'Can I get a hint?');
      const two = await say(one.state, 'Another hint please', 3);
      const none = await say(two.state, 'any hints?', 4);
      expect(one.reply.text).toContain(hints[0]);
      expect(two.reply.text).toContain(hints[1]);
      expect(none.decision.reason.code).toBe('hints_exhausted');
      expect(none.state.questions[0]?.hintsUsed).toBe(2);
      expect(none.progress.hints_used_on_question).toBe(2);
    });

    it('should move on kindly when the candidate does not know', async () => {
      const { first, say } = await inQuestions();
      const result = await say(first.state, "I don't know, sorry");
      expect(result.decision).toMatchObject({
        kind: 'ask_question',
        reason: { code: 'intent_dont_know' },
      });
      expect(result.state.questions[0]?.status).toBe('skipped');
      expect(result.candidateQuestionId).toBe(first.decision.question_id);
    });

    it('should end the interview when asked, in any phase', async () => {
      const { engine, first, say } = await inQuestions();
      const ended = await say(first.state, "Let's end the interview here.");
      expect(ended.decision).toMatchObject({ kind: 'close', reason: { code: 'intent_end' } });
      expect(ended.progress.phase).toBe('finished');
      expect(ended.state.questions[0]?.status).toBe('ended');
      await expect(
        engine.reply(ended.state, { id: 'x', content: 'hello?', at: minute(3) }),
      ).rejects.toBeInstanceOf(InterviewFinishedError);
    });

    it('should end from the app too', async () => {
      const { engine, first } = await inQuestions();
      const ended = engine.end(first.state, minute(5));
      expect(ended.decision.reason.code).toBe('finished_by_request');
      expect(() => engine.end(ended.state, minute(6))).toThrow(InterviewFinishedError);
    });
  });

  describe('junk answers', () => {
    it('should nudge and not count a junk answer', async () => {
      const { first, say } = await inQuestions();
      const result = await say(first.state, 'asdf qwer zxcv');
      expect(result.decision).toMatchObject({
        kind: 'nudge',
        reason: { code: 'junk_not_words', span: { message_id: 'm9', text: 'asdf qwer zxcv' } },
      });
      expect(result.state.questions[0]?.answers).toEqual([]);
    });

    it('should move on after too many turns without progress', async () => {
      const { first, say } = await inQuestions();
      let state = first.state;
      for (let i = 0; i < MAX_STALLS; i += 1) {
        state = (await say(state, '???', 2 + i)).state;
      }
      const result = await say(state, '???', 10);
      expect(result.decision).toMatchObject({
        kind: 'ask_question',
        reason: { code: 'stall_limit' },
      });
    });
  });

  describe('wrap-up', () => {
    it('should invite questions, answer a few, and close', async () => {
      const { first, say } = await inQuestions({
        config: { maxQuestions: 1, behavioralQuestions: 0 },
      });
      const invite = await say(first.state, "I don't know");
      expect(invite.decision).toMatchObject({
        kind: 'wrap_up',
        reason: { code: 'question_limit' },
      });
      expect(invite.reply.text).toMatch(/questions for me|like to ask me/u);
      const answered = await say(invite.state, 'What is the culture like?', 3);
      expect(answered.decision.kind).toBe('answer_candidate_question');
      expect(answered.reply.text).toContain('collaborative');
      const closed = await say(answered.state, 'No, thanks!', 4);
      expect(closed.decision).toMatchObject({
        kind: 'close',
        reason: { code: 'no_candidate_questions' },
      });
      expect(closed.reply.text).toContain('Alex');
      expect(closed.progress).toMatchObject({
        phase: 'finished',
        question_number: 1,
        total_questions: 1,
      });
    });

    it('should close after the most wrap-up questions it takes', async () => {
      const { first, say } = await inQuestions({
        config: { maxQuestions: 1, behavioralQuestions: 0 },
      });
      let result = await say(first.state, 'skip');
      for (let i = 0; i < MAX_WRAP_UP_QUESTIONS; i += 1) {
        result = await say(result.state, 'What does a typical day look like?', 3 + i);
      }
      expect(result.decision).toMatchObject({ kind: 'close', reason: { code: 'wrap_up_limit' } });
    });

    it('should wrap up when time is up', async () => {
      const { first, say } = await inQuestions({ config: { durationMinutes: 10 } });
      const result = await say(first.state, GOOD_ANSWER, 11);
      expect(result.decision).toMatchObject({ kind: 'wrap_up', reason: { code: 'time_limit' } });
    });

    it('should wrap up when the bank has nothing left', async () => {
      const only = BankQuestionFactory.technical('only')
        .at('swe_intern', 'google', 'medium')
        .build();
      const { first, say } = await inQuestions({}, [only]);
      const result = await say(first.state, 'skip');
      expect(result.decision).toMatchObject({
        kind: 'wrap_up',
        reason: { code: 'bank_exhausted' },
      });
    });
  });

  describe('selection', () => {
    it('should ask for behavioral questions of the company, then general, at the chosen difficulty', async () => {
      const { catalog, first, say } = await inQuestions({
        config: { maxQuestions: 2, behavioralQuestions: 1 },
        difficulty: 'easy',
      });
      const result = await say(first.state, 'skip');
      expect(result.state.questions[1]?.kind).toBe('behavioral');
      expect(result.reply.text).toContain('at Google');
      expect(catalog.queries[1]).toMatchObject({
        tracks: ['behavioral', 'swe_intern'],
        behavioral: true,
        companies: ['google', 'general'],
        difficulties: ['easy', 'medium', 'hard'],
      });
    });

    it('should not ask a question the user has seen while unseen ones remain', async () => {
      const bank = sampleBank();
      const lastSeen = Object.fromEntries(
        bank
          .filter((question) => question.id.includes('.medium.t'))
          .map((question) => [question.id, '2025-01-01T00:00:00Z']),
      );
      const { engine } = engineFor(bank, lastSeen);
      const greeting = await engine.start(setup);
      const first = await engine.reply(greeting.state, {
        id: 'm1',
        content: 'Fine',
        at: minute(1),
      });
      expect(lastSeen[first.decision.question_id ?? '']).toBeUndefined();
      expect(first.decision.selection?.detail).toContain('closest to the target difficulty medium');
    });

    it('should go straight to a pinned question without small talk (a retry)', async () => {
      const pinned = BankQuestionFactory.technical('retry-me').build();
      const { engine } = engineFor();
      const result = await engine.start({
        ...setup,
        config: { warmup: false, maxQuestions: 1, behavioralQuestions: 0 },
        pinnedQuestions: [pinned],
      });
      expect(result.decision).toMatchObject({
        kind: 'ask_question',
        question_id: 'retry-me',
        reason: { code: 'pinned_question' },
        selection: null,
      });
      expect(result.progress).toMatchObject({
        phase: 'questions',
        question_number: 1,
        total_questions: 1,
      });
    });
  });

  it('should refuse a state it cannot read', async () => {
    const { engine, first } = await inQuestions();
    const future = { ...first.state, version: 2 } as unknown as InterviewState;
    await expect(
      engine.reply(future, { id: 'x', content: 'hi', at: minute(2) }),
    ).rejects.toBeInstanceOf(UnsupportedStateVersionError);
  });

  describe('properties', () => {
    const messages = fc.constantFrom(
      GOOD_ANSWER,
      FULL_ANSWER,
      'Last year I disagreed with a teammate; I proposed a quick test and we shipped on time, with 30% fewer bugs. I learned to listen first.',
      'Can I get a hint?',
      'Could you repeat that?',
      'What do you mean?',
      'skip',
      "I don't know",
      'asdf',
      '',
      'ok',
      'What is the team like?',
      'No, thanks.',
    );
    const configs = fc.record({
      maxQuestions: fc.integer({ min: 1, max: 5 }),
      behavioralQuestions: fc.integer({ min: 0, max: 3 }),
      maxFollowUps: fc.integer({ min: 0, max: 3 }),
    });

    it('should always finish within its limits, never repeat a question, and keep its state plain JSON', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.integer(),
          configs,
          fc.array(messages, { minLength: 120, maxLength: 120 }),
          async (seed, config, script) => {
            const { engine } = engineFor();
            const start = await engine.start({ ...setup, seed, config });
            const turns = await play(engine, start, script);
            const last = turns[turns.length - 1] as TurnResult;
            const hintsPerQuestion = 2;
            const bound =
              1 +
              config.maxQuestions * (config.maxFollowUps + 1 + hintsPerQuestion + MAX_STALLS + 1) +
              MAX_WRAP_UP_QUESTIONS;
            expect(last.state.phase).toBe('finished');
            expect(turns.length - 1).toBeLessThanOrEqual(bound);
            const ids = last.state.questions.map((asked) => asked.question.id);
            expect(new Set(ids).size).toBe(ids.length);
            expect(ids.length).toBeLessThanOrEqual(config.maxQuestions);
            expect(last.state.questions[0]?.kind ?? 'technical').toBe('technical');
            for (const turn of turns) {
              expect(JSON.parse(JSON.stringify(turn.state))).toEqual(turn.state);
              expect(DIFFICULTIES).toContain(turn.progress.difficulty);
              expect(turn.reply.text).not.toMatch(/\{\w+\}/u);
              expect(turn.reply.text.trim()).not.toBe('');
              expect(turn.progress.question_number).toBeLessThanOrEqual(
                turn.progress.total_questions,
              );
            }
          },
        ),
        { numRuns: 20 },
      );
    });

    it('should replay the same interview from the same seed', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.integer(),
          fc.array(messages, { maxLength: 25 }),
          async (seed, script) => {
            const run = async () => {
              const { engine } = engineFor();
              return play(engine, await engine.start({ ...setup, seed }), script);
            };
            expect(await run()).toEqual(await run());
          },
        ),
        { numRuns: 10 },
      );
    });
  });
});
