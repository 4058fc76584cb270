import { type QuestionKind, RUBRIC_DIMENSIONS, SESSION_TRACKS } from '@interview-prep/contracts';
import { parseRubric, type Rubric, type RubricSet } from '../scoring/rubric';

const BANDS = [
  [0, 2, 'Missing'],
  [3, 4, 'Weak'],
  [5, 6, 'Developing'],
  [7, 8, 'Strong'],
  [9, 10, 'Excellent'],
] as const;

/** A rubric file as it is stored, with generic texts: valid input for parseRubric. */
export function rubricJson(kind: QuestionKind): Record<string, unknown> {
  return {
    id: `test-${kind}`,
    name: `Test ${kind} rubric`,
    question_kind: kind,
    tracks: [...SESSION_TRACKS],
    dimensions: Object.fromEntries(
      RUBRIC_DIMENSIONS.map((dimension) => [
        dimension,
        {
          label: `${kind} ${dimension}`,
          description: `How well the answer does on ${dimension}.`,
          practice: `Practise ${dimension}.`,
          levels: BANDS.map(([min, max, label]) => ({
            min,
            max,
            label,
            description: `${label} ${dimension}.`,
          })),
        },
      ]),
    ),
  };
}

export function testRubrics(): RubricSet {
  const parse = (kind: QuestionKind): Rubric => {
    const result = parseRubric(rubricJson(kind));
    if (!result.ok) {
      throw new Error(result.errors.join('; '));
    }
    return result.rubric;
  };
  return { technical: parse('technical'), behavioral: parse('behavioral') };
}
