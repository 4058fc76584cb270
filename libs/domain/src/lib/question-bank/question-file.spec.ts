import { locationFromPath, parseQuestionFile } from './question-file';

const location = {
  track: 'swe_intern',
  company: 'general',
  difficulty: 'easy',
};

const originalFormat = {
  track: 'swe_intern',
  company_style: 'general',
  difficulty: 'easy',
  questions: [
    {
      title: 'Two Sum',
      prompt: 'Find two numbers that add up to a target.',
      tags: ['arrays', 'hash-tables'],
      followups: ['What is the complexity?'],
    },
  ],
};

describe('parseQuestionFile', () => {
  it('should load a file in the original format, deriving the id from the title', () => {
    const { questions, issues } = parseQuestionFile(originalFormat, location);
    expect(questions).toHaveLength(1);
    expect(questions[0].question).toMatchObject({
      id: 'swe_intern.general.easy.two-sum',
      questionType: 'coding',
      keyPoints: [],
      referenceAnswer: null,
    });
    expect(issues.every((issue) => issue.severity === 'warning')).toBe(true);
  });

  it('should reject a file whose header disagrees with its path', () => {
    const { questions, issues } = parseQuestionFile(
      { ...originalFormat, difficulty: 'hard' },
      location,
    );
    expect(questions).toHaveLength(0);
    expect(issues).toEqual([
      {
        severity: 'error',
        index: null,
        field: 'difficulty',
        message: 'is "hard" but the file\'s path says "easy"',
      },
    ]);
  });

  it('should skip an invalid question, name its index and field, and keep the others', () => {
    const file = {
      ...originalFormat,
      questions: [
        ...originalFormat.questions,
        { title: 'Bad', prompt: 'x', tags: ['Arrays'], followups: [] },
      ],
    };
    const { questions, issues } = parseQuestionFile(file, location);
    expect(questions.map((q) => q.index)).toEqual([0]);
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([
      expect.objectContaining({ index: 1, field: 'tags.0' }),
    ]);
  });

  it('should reject a tag outside the vocabulary', () => {
    const file = {
      ...originalFormat,
      questions: [{ ...originalFormat.questions[0], tags: ['blockchain'] }],
    };
    const { issues } = parseQuestionFile(file, location);
    expect(issues).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        field: 'tags.0',
        message: expect.stringContaining('vocabulary'),
      }),
    );
  });

  it('should warn when a behavioral-track question lacks the behavioral tag', () => {
    const file = {
      track: 'behavioral',
      company_style: 'amazon',
      difficulty: 'easy',
      questions: [
        {
          title: 'Conflict',
          prompt: 'Tell me about a conflict.',
          tags: ['conflict'],
          followups: ['And?', 'Then?'],
        },
      ],
    };
    const { issues } = parseQuestionFile(file, {
      track: 'behavioral',
      company: 'amazon',
      difficulty: 'easy',
    });
    expect(issues).toContainEqual(expect.objectContaining({ severity: 'warning', field: 'tags' }));
  });
});

describe('locationFromPath', () => {
  it('should read track, company and difficulty from the path', () => {
    expect(locationFromPath('behavioral/meta/hard.json')).toEqual({
      track: 'behavioral',
      company: 'meta',
      difficulty: 'hard',
    });
    expect(locationFromPath('notes.json')).toBeNull();
  });
});
