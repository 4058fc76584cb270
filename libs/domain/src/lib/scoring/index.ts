export { mergeLlmScoring, SCORING_REPLY_SCHEMA } from './llm-scoring';
export type { LlmScoringContext } from './llm-scoring';
export { overallOf } from './offline-grader';
export { levelFor, parseRubric, selectRubrics } from './rubric';
export type {
  Rubric,
  RubricDimensionSpec,
  RubricLevel,
  RubricParseResult,
  RubricSet,
} from './rubric';
export { scoreInterview } from './scoring-engine';
export type { ScoringInput } from './scoring-engine';
export type { AskedQuestionRecord, TranscriptMessage } from './transcript';
