import { rubricJson, testRubrics } from '../testing/rubric.factory';
import { levelFor, parseRubric, selectRubrics } from './rubric';

function errorsOf(json: unknown): readonly string[] {
  const result = parseRubric(json);
  return result.ok ? [] : result.errors;
}

function withDimension(
  patch: (dimension: Record<string, unknown>) => void,
): Record<string, unknown> {
  const json = rubricJson('technical');
  const dimensions = json['dimensions'] as Record<string, Record<string, unknown>>;
  patch(dimensions['complexity'] as Record<string, unknown>);
  return json;
}

describe('parseRubric', () => {
  it('should accept a complete rubric', () => {
    const result = parseRubric(rubricJson('behavioral'));
    expect(result.ok).toBe(true);
    expect(result.ok && result.rubric.questionKind).toBe('behavioral');
  });

  it('should reject what is not an object', () => {
    expect(errorsOf(null)).toEqual(['(root): must be an object']);
    expect(errorsOf([])).toEqual(['(root): must be an object']);
  });

  it('should name the path of every problem', () => {
    const json = {
      ...rubricJson('technical'),
      id: 'Bad Id',
      question_kind: 'coding',
      tracks: ['swe_intern', 'nope'],
    };
    expect(errorsOf(json)).toEqual([
      'id: use lowercase letters, digits and dashes',
      'question_kind: must be one of technical, behavioral',
      'tracks[1]: must be one of swe_intern, swe_engineer, behavioral',
    ]);
  });

  it('should require all five dimensions and no others', () => {
    const json = rubricJson('technical');
    const { edge_cases: _dropped, ...kept } = json['dimensions'] as Record<string, unknown>;
    const dimensions = { ...kept, style: {} };
    expect(errorsOf({ ...json, dimensions })).toEqual([
      'dimensions.style: not a rubric dimension (communication, problem_solving, correctness_reasoning, complexity, edge_cases)',
      'dimensions.edge_cases: must be an object',
    ]);
  });

  it('should require contiguous integer bands from 0 to 10', () => {
    const gap = withDimension((dimension) => {
      const levels = dimension['levels'] as Record<string, unknown>[];
      levels[2] = { ...levels[2], min: 6 };
    });
    expect(errorsOf(gap)).toEqual([
      'dimensions.complexity.levels[2].min: must be 5 so the bands are contiguous',
    ]);

    const short = withDimension((dimension) => {
      const levels = dimension['levels'] as Record<string, unknown>[];
      levels[4] = { ...levels[4], max: 9.5 };
    });
    expect(errorsOf(short)).toEqual([
      'dimensions.complexity.levels[4].max: must be an integer from 0 to 10',
      'dimensions.complexity.levels: the last level must end at 10',
    ]);
  });

  it('should require the texts', () => {
    const json = withDimension((dimension) => {
      dimension['practice'] = ' ';
    });
    expect(errorsOf(json)).toEqual(['dimensions.complexity.practice: must be a non-empty string']);
  });
});

describe('selectRubrics', () => {
  it('should pick one rubric per kind for the track', () => {
    const { technical, behavioral } = testRubrics();
    expect(selectRubrics([behavioral, technical], 'swe_engineer')).toEqual({
      technical,
      behavioral,
    });
  });

  it('should fail loudly when a kind has no rubric for the track', () => {
    expect(() => selectRubrics([testRubrics().technical], 'swe_intern')).toThrow(
      'No behavioral rubric applies to track swe_intern',
    );
  });
});

describe('levelFor', () => {
  it('should find the band of a score', () => {
    const spec = testRubrics().technical.dimensions.complexity;
    expect(levelFor(spec, 0).label).toBe('Missing');
    expect(levelFor(spec, 6.6).label).toBe('Strong');
    expect(levelFor(spec, 10).label).toBe('Excellent');
  });
});
