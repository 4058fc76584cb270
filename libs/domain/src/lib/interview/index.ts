export { InterviewEngine, MAX_WRAP_UP_QUESTIONS } from './interview-engine';
export type {
  IncomingMessage,
  InterviewerReply,
  InterviewPorts,
  TurnResult,
} from './interview-engine';
export type { InterviewSetup } from './initial-state';
export { resolveInterviewConfig } from './interview-config';
export type { InterviewConfig, InterviewConfigInput } from './interview-config';
export { InterviewFinishedError, UnsupportedStateVersionError } from './interview-errors';
export { progressOf } from './interview-progress';
export { askedQuestionIds, currentQuestion, INTERVIEW_STATE_VERSION } from './interview-state';
export type {
  AnswerSummary,
  AskedFollowUp,
  AskedQuestion,
  InterviewState,
  QuestionStatus,
} from './interview-state';
