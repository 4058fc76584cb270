import { RUBRIC_DIMENSIONS, type RubricScores } from '@interview-prep/contracts';
import { testRubrics } from '../testing/rubric.factory';
import { TranscriptBuilder } from '../testing/transcript.builder';
import { QUALITY_SET, type QualityItem } from './quality-set';
import { scoreInterview } from './scoring-engine';

/** Ranks from 1, ties sharing their mean rank. */
function ranks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const result = new Array<number>(values.length).fill(0);
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]?.value === order[start]?.value) {
      end += 1;
    }
    for (let k = start; k <= end; k += 1) {
      result[order[k]?.index ?? 0] = (start + end) / 2 + 1;
    }
    start = end + 1;
  }
  return result;
}

/** Spearman's rank correlation: Pearson's correlation of the ranks. */
function spearman(a: readonly number[], b: readonly number[]): number {
  const [ra, rb] = [ranks(a), ranks(b)];
  const mean = (xs: readonly number[]) => xs.reduce((sum, x) => sum + x, 0) / xs.length;
  const [ma, mb] = [mean(ra), mean(rb)];
  let covariance = 0;
  let va = 0;
  let vb = 0;
  ra.forEach((x, i) => {
    const y = rb[i] ?? 0;
    covariance += (x - ma) * (y - mb);
    va += (x - ma) ** 2;
    vb += (y - mb) ** 2;
  });
  return covariance / Math.sqrt(va * vb);
}

/** The offline 0-10 score of one answer, scored as a one-question interview. */
function scoreAnswer(item: QualityItem, text: string): number {
  const { id, prompt } = item.question;
  const transcript = TranscriptBuilder.create().interviewer(prompt, id).candidate(text, id).build();
  const results = scoreInterview({
    transcript,
    questions: [{ question: item.question, hintsUsed: 0 }],
    rubrics: testRubrics(),
  });
  const rubric = results.questions[0]?.rubric as RubricScores;
  return (
    RUBRIC_DIMENSIONS.reduce((sum, dimension) => sum + rubric[dimension], 0) /
    RUBRIC_DIMENSIONS.length
  );
}

describe('the quality set', () => {
  const scored = QUALITY_SET.map((item) => ({
    item,
    scores: item.answers.map((answer) => scoreAnswer(item, answer.text)),
  }));

  it('should hold at least 10 questions, technical and behavioral, with five graded answers each', () => {
    expect(QUALITY_SET.length).toBeGreaterThanOrEqual(10);
    expect(new Set(QUALITY_SET.map((item) => item.question.questionType === 'behavioral'))).toEqual(
      new Set([true, false]),
    );
    for (const item of QUALITY_SET) {
      expect(item.answers.map((answer) => answer.grade)).toEqual([5, 4, 3, 2, 1]);
    }
  });

  it('should be ordered by the offline scorer like the team graded it (mean Spearman >= 0.8)', () => {
    const correlations = scored.map(({ item, scores }) =>
      spearman(
        item.answers.map((answer) => answer.grade),
        scores,
      ),
    );
    const meanCorrelation = correlations.reduce((sum, rho) => sum + rho, 0) / correlations.length;
    expect(meanCorrelation).toBeGreaterThanOrEqual(0.8);
  });

  it.each(QUALITY_SET.map((item) => [item.question.id, item] as const))(
    'should score the excellent answer to %s at least 4 points above the off-topic one',
    (_id, item) => {
      const scores = scored.find((entry) => entry.item === item)?.scores ?? [];
      expect((scores[0] ?? 0) - (scores[4] ?? 0)).toBeGreaterThanOrEqual(4);
    },
  );
});
