import { resolveInterviewConfig } from './interview-config';

describe('resolveInterviewConfig', () => {
  it('should fill the original defaults', () => {
    expect(resolveInterviewConfig()).toEqual({
      maxQuestions: 7,
      behavioralQuestions: 2,
      maxFollowUps: 2,
      durationMinutes: 45,
      warmup: true,
    });
  });

  it('should keep the first question technical by lowering the behavioral count', () => {
    expect(
      resolveInterviewConfig({ maxQuestions: 2, behavioralQuestions: 3 }).behavioralQuestions,
    ).toBe(1);
    expect(resolveInterviewConfig({ maxQuestions: 1 }).behavioralQuestions).toBe(0);
  });

  it.each([
    { maxQuestions: 0 },
    { maxQuestions: 16 },
    { behavioralQuestions: 4 },
    { maxFollowUps: 1.5 },
    { durationMinutes: 5 },
  ])('should reject %p', (input) => {
    expect(() => resolveInterviewConfig(input)).toThrow(RangeError);
  });
});
