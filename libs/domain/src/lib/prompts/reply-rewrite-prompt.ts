import type { DecisionKind, InterviewDecision, MessageRole } from '@interview-prep/contracts';
import type { BankQuestion } from '../question-bank';
import { assertNever } from '../util/assert-never';
import type { ChatMessage } from './chat-message';
import type { InterviewerPersona } from './company-personas';
import { DATA_CLOSE, DATA_OPEN, DATA_RULE, fenceData } from './fenced-data';

export interface ReplyRewriteInput {
  readonly persona: InterviewerPersona;
  readonly decision: InterviewDecision;
  /** The engine's reply, which stands if the rewrite fails. */
  readonly draft: string;
  /** The question under discussion, as asked; null outside the questions. */
  readonly questionPrompt: string | null;
  /** The last few messages, oldest first. */
  readonly recentMessages: readonly { readonly role: MessageRole; readonly content: string }[];
}

const MAX_WORDS = 120;

/**
 * Asks an LLM to say the engine's reply in the interviewer's voice, reacting to what the
 * candidate said. The decision is the engine's: the LLM only rephrases it.
 */
export function buildReplyRewritePrompt(input: ReplyRewriteInput): ChatMessage[] {
  const { persona } = input;
  const system = [
    `You are ${persona.name}, ${persona.role}, interviewing a candidate in the style of ${persona.company === 'general' ? 'a typical tech company' : persona.company}. ${persona.style}`,
    `You value ${persona.values.join(', ')}.`,
    'Rewrite the draft reply below in your own natural, spoken voice. Keep its meaning and its decision exactly:',
    `- ${guidance(input.decision.kind)}`,
    '- Ask at most the one question the draft asks, and keep every number, example and constraint of it.',
    '- Never reveal answers, key points, hints or a reference solution beyond what the draft says, and never judge whether the candidate was right.',
    `- Plain text, no lists or markdown, at most ${MAX_WORDS} words. Reply with the message only.`,
    DATA_RULE,
  ].join('\n');
  const user = [
    'Rewrite the draft reply.',
    fenceData({
      decision: { kind: input.decision.kind, reason: input.decision.reason.detail },
      current_question: input.questionPrompt,
      recent_messages: input.recentMessages,
      draft_reply: input.draft,
    }),
  ].join('\n');
  return [
    { role: 'system', content: system },
    { role: 'user', content: user },
  ];
}

function guidance(kind: DecisionKind): string {
  switch (kind) {
    case 'greet':
      return 'Greet the candidate warmly by name and ask how they are doing today.';
    case 'ask_question':
      return 'Briefly acknowledge the previous answer without grading it, then ask the new question.';
    case 'follow_up':
      return 'React to one specific thing the candidate just said, then ask the follow-up question.';
    case 'give_hint':
      return 'Give exactly the hint in the draft, encouragingly, and nothing more.';
    case 'repeat':
      return 'Repeat the question; its wording may stay as it is.';
    case 'clarify':
      return 'Clarify what is being asked without suggesting an approach.';
    case 'nudge':
      return 'Encourage the candidate to answer more fully, kindly and without scolding.';
    case 'wrap_up':
      return 'Thank the candidate for their answers and ask whether they have any questions for you.';
    case 'answer_candidate_question':
      return "Answer the candidate's question briefly and honestly, without inventing specifics such as salaries or names.";
    case 'close':
      return 'Say goodbye warmly and mention that their feedback report is ready.';
    default:
      return assertNever(kind);
  }
}

export type RewriteVerdict =
  | { readonly accepted: true; readonly text: string }
  | { readonly accepted: false; readonly text: string; readonly reason: string };

const LEAK_WINDOW = 6;

/**
 * The LLM's rewrite if it is safe to show, else the draft: non-empty, not too long, still asking
 * when the draft asks, no data markers, and no run of six words from the reference answer or
 * key points that the draft did not already say.
 */
export function acceptRewrite(
  draft: string,
  rewrite: unknown,
  question: BankQuestion | null,
): RewriteVerdict {
  const reject = (reason: string): RewriteVerdict => ({ accepted: false, text: draft, reason });
  if (typeof rewrite !== 'string' || rewrite.trim() === '') {
    return reject('empty rewrite');
  }
  const text = rewrite.trim();
  if (text.split(/\s+/u).length > Math.max(MAX_WORDS, 2 * draft.split(/\s+/u).length)) {
    return reject('rewrite too long');
  }
  if (text.includes(DATA_OPEN) || text.includes(DATA_CLOSE)) {
    return reject('rewrite contains data markers');
  }
  if (draft.includes('?') && !text.includes('?')) {
    return reject('rewrite dropped the question');
  }
  const secrets =
    question === null
      ? []
      : [question.referenceAnswer ?? '', ...question.keyPoints, ...question.hints];
  const allowed = windows(draft);
  const said = windows(text);
  if (
    secrets.some((secret) =>
      [...windows(secret)].some((window) => !allowed.has(window) && said.has(window)),
    )
  ) {
    return reject('rewrite reveals the answer');
  }
  return { accepted: true, text };
}

function windows(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const found = new Set<string>();
  for (let i = 0; i + LEAK_WINDOW <= words.length; i += 1) {
    found.add(words.slice(i, i + LEAK_WINDOW).join(' '));
  }
  return found;
}
