import type { Company, Difficulty, QuestionType, Track } from '@interview-prep/contracts';
import type { BankQuestion } from '../question-bank';

/** Test data: `BankQuestionFactory.technical('q1').withTags('arrays').build()`. */
export class BankQuestionFactory {
  private constructor(private readonly question: BankQuestion) {}

  static technical(id: string): BankQuestionFactory {
    return new BankQuestionFactory({
      id,
      track: 'swe_intern',
      company: 'general',
      difficulty: 'medium',
      title: `Question ${id}`,
      prompt: `Solve problem ${id}: find the pair of numbers in an array that adds up to a target.`,
      questionType: 'coding',
      tags: ['arrays'],
      followups: [
        'What is the time complexity?',
        'What happens with an empty array?',
        'How would you test it?',
      ],
      keyPoints: [
        'Use a hash map from value to index',
        'Look up target minus the current value',
        'O(n) time and O(n) space',
      ],
      expectedTopics: ['hash map'],
      evaluationFocus: [],
      hints: [
        'Think about what you need to look up quickly.',
        'A hash map gives constant-time lookups.',
      ],
      referenceAnswer:
        'Walk the array once with a hash map from value to index and look up target minus each value before inserting it: O(n) time and O(n) space.',
      estimatedMinutes: 10,
    });
  }

  static behavioral(id: string): BankQuestionFactory {
    return new BankQuestionFactory({
      id,
      track: 'behavioral',
      company: 'general',
      difficulty: 'medium',
      title: `Story ${id}`,
      prompt: 'Tell me about a time you disagreed with a teammate at {company}. What did you do?',
      questionType: 'behavioral',
      tags: ['behavioral', 'conflict'],
      followups: ['What would you do differently?', 'How did it affect the relationship?'],
      keyPoints: ['Describes the situation', 'Explains their own actions', 'States the outcome'],
      expectedTopics: ['conflict resolution'],
      evaluationFocus: [],
      hints: [],
      referenceAnswer: null,
      estimatedMinutes: 5,
    });
  }

  with(overrides: Partial<BankQuestion>): BankQuestionFactory {
    return new BankQuestionFactory({ ...this.question, ...overrides });
  }

  withTags(...tags: string[]): BankQuestionFactory {
    const behavioral = this.question.tags.includes('behavioral') ? ['behavioral'] : [];
    return this.with({ tags: [...behavioral, ...tags] });
  }

  at(track: Track, company: Company, difficulty: Difficulty): BankQuestionFactory {
    return this.with({ track, company, difficulty });
  }

  ofType(questionType: QuestionType): BankQuestionFactory {
    return this.with({ questionType });
  }

  build(): BankQuestion {
    return this.question;
  }
}
