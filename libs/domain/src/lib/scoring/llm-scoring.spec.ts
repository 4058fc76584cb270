import type { InterviewResults } from '@interview-prep/contracts';
import { BankQuestionFactory } from '../testing/bank-question.factory';
import { testRubrics } from '../testing/rubric.factory';
import { TranscriptBuilder } from '../testing/transcript.builder';
import { mergeLlmScoring, SCORING_REPLY_SCHEMA } from './llm-scoring';
import { scoreInterview } from './scoring-engine';

const question = BankQuestionFactory.technical('pair').build();
const answer =
  'I use a hash map from value to index and look up target minus each value. It is O(n) time and O(n) space.';
const transcript = TranscriptBuilder.create()
  .interviewer(question.prompt, 'pair')
  .candidate(answer, 'pair')
  .build();
const offline: InterviewResults = scoreInterview({
  transcript,
  questions: [{ question, hintsUsed: 0 }],
  rubrics: testRubrics(),
});
const context = { model: 'deepseek-chat', transcript };

const line = (text: string, quote = 'hash map from value to index') => ({
  text,
  message_id: 'm2',
  quote,
});
const validReply = {
  rubric: {
    communication: 6,
    problem_solving: 8,
    correctness_reasoning: 7,
    complexity: 9,
    edge_cases: 2,
  },
  evidence: [
    { dimension: 'problem_solving', message_id: 'm2', quote: 'look up target minus each value' },
    { dimension: 'correctness_reasoning', message_id: 'm2', quote: 'hash map from value to index' },
    { dimension: 'complexity', message_id: 'm2', quote: 'O(n) time and O(n) space' },
  ],
  strengths: [line('Picked the right data structure.')],
  weaknesses: [line('Did not discuss edge cases.')],
  next_steps: [line('List edge cases before coding.')],
};

describe('mergeLlmScoring', () => {
  it('should take a valid reply and recompute overall', () => {
    const merged = mergeLlmScoring({ ...validReply, overall_score: 100 }, offline, context);
    expect(merged.rubric).toEqual(validReply.rubric);
    expect(merged.overall_score).toBe(64);
    expect(merged.strengths).toEqual(['Picked the right data structure.']);
    expect(merged.source).toEqual({ kind: 'llm', model: 'deepseek-chat', fallback_fields: [] });
    expect(merged.evidence).toContainEqual({
      target: { section: 'strengths', index: 0 },
      message_id: 'm2',
      quote: 'hash map from value to index',
      start: 8,
    });
    expect(merged.questions).toEqual(offline.questions);
  });

  it('should fall back per dimension on a score out of range or not a number', () => {
    const merged = mergeLlmScoring(
      { ...validReply, rubric: { ...validReply.rubric, complexity: 11, edge_cases: '3' } },
      offline,
      context,
    );
    expect(merged.rubric.complexity).toBe(offline.rubric.complexity);
    expect(merged.rubric.edge_cases).toBe(offline.rubric.edge_cases);
    expect(merged.rubric.problem_solving).toBe(8);
    expect(merged.source).toMatchObject({
      kind: 'llm',
      fallback_fields: ['rubric.complexity', 'rubric.edge_cases'],
    });
  });

  it('should not keep a 7 or more that nothing quotes', () => {
    const unsupported = {
      ...validReply,
      rubric: { ...validReply.rubric, communication: 9 },
      evidence: [],
    };
    const offlineWithoutCommunicationQuote = {
      ...offline,
      evidence: offline.evidence.filter((quote) => quote.target.section !== 'rubric'),
    };
    const merged = mergeLlmScoring(unsupported, offlineWithoutCommunicationQuote, context);
    expect(merged.rubric.communication).toBe(offline.rubric.communication);
    expect(merged.source).toMatchObject({
      fallback_fields: expect.arrayContaining(['rubric.communication']),
    });
  });

  it('should replace a feedback list with any quote that is not in the transcript', () => {
    const merged = mergeLlmScoring(
      { ...validReply, weaknesses: [line('Fine.'), line('Made up.', 'I never said this')] },
      offline,
      context,
    );
    expect(merged.weaknesses).toEqual(offline.weaknesses);
    expect(merged.strengths).toEqual(['Picked the right data structure.']);
    expect(merged.source).toMatchObject({ fallback_fields: ['weaknesses'] });
  });

  it('should not accept a quote from the interviewer', () => {
    const merged = mergeLlmScoring(
      {
        ...validReply,
        next_steps: [{ text: 'Echo.', message_id: 'm1', quote: question.prompt.slice(0, 20) }],
      },
      offline,
      context,
    );
    expect(merged.next_steps).toEqual(offline.next_steps);
  });

  it.each([null, 'not json', 42, [], {}])(
    'should be the offline result for the reply %p',
    (reply) => {
      expect(mergeLlmScoring(reply, offline, context)).toEqual(offline);
    },
  );

  it('should describe every field it validates in the schema', () => {
    expect(SCORING_REPLY_SCHEMA.required).toEqual([
      'rubric',
      'evidence',
      'strengths',
      'weaknesses',
      'next_steps',
    ]);
    expect(Object.keys(SCORING_REPLY_SCHEMA.properties.rubric.properties)).toEqual([
      'communication',
      'problem_solving',
      'correctness_reasoning',
      'complexity',
      'edge_cases',
    ]);
  });
});
