import type { InterviewResults, RubricScores } from '@interview-prep/contracts';
import type { EvaluationDetails, EvaluationEntity } from './evaluation.entity';

export function toEvaluationColumns(results: InterviewResults): Partial<EvaluationEntity> {
  const details: EvaluationDetails = {
    evidence: [...results.evidence],
    questions: [...results.questions],
    statistics: results.statistics,
    source: results.source,
  };
  return {
    overallScore: results.overall_score,
    rubric: { ...results.rubric },
    strengths: [...results.strengths],
    weaknesses: [...results.weaknesses],
    nextSteps: [...results.next_steps],
    details,
    source: results.source.kind,
    model: results.source.kind === 'llm' ? results.source.model : null,
  };
}

export function toInterviewResults(evaluation: EvaluationEntity): InterviewResults {
  const { details } = evaluation;
  return {
    overall_score: evaluation.overallScore,
    rubric: evaluation.rubric as RubricScores,
    strengths: evaluation.strengths,
    weaknesses: evaluation.weaknesses,
    next_steps: evaluation.nextSteps,
    evidence: details.evidence,
    questions: details.questions,
    statistics: details.statistics,
    source: details.source,
  };
}
