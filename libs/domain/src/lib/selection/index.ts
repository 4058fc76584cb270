export {
  difficultyPreference,
  recordAnswer,
  startTrajectory,
  verdictOf,
} from './adaptive-difficulty';
export type {
  AnswerVerdict,
  DifficultyChange,
  DifficultyStep,
  DifficultyTrajectory,
} from './adaptive-difficulty';
export { tagsFromJobDescription } from './job-description-tags';
export type { CandidateQuery, CandidateQuestion, QuestionCatalog } from './question-catalog';
export { dimensionsExercised, selectQuestion } from './question-selector';
export type { LearningFocus, QuestionPick, SelectionContext } from './question-selector';
