import { analyzeAnswer } from '../analysis/answer-analysis';
import { featuresOf } from '../analysis/answer-features';
import { profileQuestion } from '../analysis/question-profile';
import { BankQuestionFactory } from '../testing/bank-question.factory';
import { SeededRandom } from '../util/seeded-random';
import { planFollowUp } from './follow-up-planner';
import type { AskedFollowUp } from './interview-state';

function plan(
  questionProfile = profileQuestion(BankQuestionFactory.technical('t').build()),
  content: string,
  asked: readonly AskedFollowUp[] = [],
  score = 5,
) {
  const latest = analyzeAnswer(questionProfile, { id: 'm1', content }, { isFollowUp: false });
  return planFollowUp({
    profile: questionProfile,
    features: featuresOf(latest),
    latest,
    asked,
    maxFollowUps: 2,
    score,
    random: new SeededRandom(1),
  });
}

describe('planFollowUp', () => {
  it("should ask for complexity first, with the question's own follow-up", () => {
    const result = plan(
      undefined,
      'I use a hash map from value to index and look up target minus the value.',
    );
    expect(result).toMatchObject({
      kind: 'follow_up',
      text: 'What is the time complexity?',
      reason: { code: 'complexity_missing' },
    });
  });

  it('should not probe the same gap twice', () => {
    const asked: AskedFollowUp[] = [
      { text: 'What is the time complexity?', reason: 'complexity_missing', about: 'complexity' },
    ];
    const result = plan(
      undefined,
      'I use a hash map from value to index and look up target minus the value.',
      asked,
    );
    expect(result).toMatchObject({
      kind: 'follow_up',
      reason: { code: 'edge_cases_missing' },
      text: 'What happens with an empty array?',
    });
  });

  it('should probe failure handling of a design only with a follow-up that is about failure', () => {
    const design = BankQuestionFactory.technical('design')
      .with({
        questionType: 'system_design',
        followups: [
          'How would you add an SMS when the package is out for delivery without slowing ingestion?',
          'What happens when the database that stores the events goes down?',
        ],
        keyPoints: [],
      })
      .build();
    const result = plan(
      profileQuestion(design),
      'I would put a load balancer in front of stateless API servers, shard the events by tracking number and cache hot packages, which handles 100,000 events per second.',
      [{ text: 'What about scale?', reason: 'complexity_missing', about: 'scale' }],
    );
    expect(result).toMatchObject({
      kind: 'follow_up',
      reason: { code: 'edge_cases_missing' },
      text: 'What happens when the database that stores the events goes down?',
    });
  });

  it('should move on at the limit', () => {
    const asked: AskedFollowUp[] = [
      { text: 'a', reason: 'complexity_missing', about: 'a' },
      { text: 'b', reason: 'edge_cases_missing', about: 'b' },
    ];
    expect(plan(undefined, 'A hash map gives O(n).', asked)).toMatchObject({
      kind: 'move_on',
      reason: { code: 'follow_up_limit' },
    });
  });

  it('should ask a story for its result, then for a number', () => {
    const story = profileQuestion(BankQuestionFactory.behavioral('b').build());
    const noResult = plan(
      story,
      'Last year I was on a team where I disagreed with my lead about the database. I proposed a test.',
    );
    expect(noResult).toMatchObject({ kind: 'follow_up', reason: { code: 'result_missing' } });
    const vague = plan(
      story,
      'Last year I was on a team where I disagreed with my lead about the database. I proposed a test. In the end it worked out.',
    );
    expect(vague).toMatchObject({ kind: 'follow_up', reason: { code: 'outcome_not_measurable' } });
  });

  it('should ask "what was your part" when a story is all "we"', () => {
    const story = profileQuestion(BankQuestionFactory.behavioral('b').build());
    const result = plan(
      story,
      'At my last job we had a conflict. We talked, we agreed, we shipped it and we cut bugs by 20%. I learned to listen.',
    );
    expect(result).toMatchObject({
      kind: 'follow_up',
      reason: { code: 'personal_role_unclear', span: { text: 'we' } },
    });
  });

  it('should give a strong answer one question for depth, then move on', () => {
    const first = plan(undefined, 'Anything', [], 9);
    expect(first).toMatchObject({ kind: 'follow_up', reason: { code: 'depth_probe' } });
    const asked: AskedFollowUp[] = [
      { text: first.kind === 'follow_up' ? first.text : '', reason: 'depth_probe', about: 'depth' },
    ];
    expect(plan(undefined, 'Anything', asked, 9)).toMatchObject({
      kind: 'move_on',
      reason: { code: 'strong_answer' },
    });
  });
});
