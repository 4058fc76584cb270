export { analyzeAnswer } from './answer-analysis';
export type { AnswerAnalysis, CandidateMessage } from './answer-analysis';
export type { AnswerFeatures } from './answer-features';
export { detectIntent } from './candidate-intent';
export type { CandidateIntent, IntentKind } from './candidate-intent';
export { profileQuestion, questionKind } from './question-profile';
export type { QuestionProfile } from './question-profile';
