export type { ChatMessage } from './chat-message';
export { PERSONAS } from './company-personas';
export type { InterviewerPersona } from './company-personas';
export { acceptRewrite, buildReplyRewritePrompt } from './reply-rewrite-prompt';
export type { ReplyRewriteInput, RewriteVerdict } from './reply-rewrite-prompt';
export { buildScoringPrompt } from './scoring-prompt';
export type { ScoringPrompt, ScoringPromptInput } from './scoring-prompt';
