import { PERSONAS } from '../prompts/company-personas';
import { answerCandidateQuestion, declinesToAsk } from './wrap-up-questions';

describe('wrap-up questions', () => {
  it('should tell a declined invitation from a question', () => {
    expect(declinesToAsk('No, thanks!')).toBe(true);
    expect(declinesToAsk("I think that's it")).toBe(true);
    expect(declinesToAsk('No, but what does a typical day look like?')).toBe(false);
  });

  it('should answer common questions, in the persona for culture', () => {
    expect(answerCandidateQuestion('What is the culture like?', PERSONAS.amazon)).toBe(
      PERSONAS.amazon.culture,
    );
    expect(answerCandidateQuestion('How did I do?', PERSONAS.general)).toContain('report');
    expect(answerCandidateQuestion('Can I bring my dog?', PERSONAS.general)).toContain('recruiter');
  });
});
