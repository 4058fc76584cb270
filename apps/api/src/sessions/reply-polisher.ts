import { Injectable, Logger } from '@nestjs/common';
import type { Company, InterviewDecision, MessageRole } from '@interview-prep/contracts';
import {
  acceptRewrite,
  buildReplyRewritePrompt,
  currentQuestion,
  PERSONAS,
  type ChatMessage,
  type InterviewState,
} from '@interview-prep/domain';
import { LlmClient, LlmUnavailableError } from '../ai/llm-client';

export interface PolishRequest {
  readonly state: InterviewState;
  readonly decision: InterviewDecision;
  /** The engine's reply: what stands when the LLM is absent, fails or says something unsafe. */
  readonly draft: string;
  readonly recentMessages: readonly { readonly role: MessageRole; readonly content: string }[];
}

/** Decisions whose wording must stay the engine's: nudges on junk answers never reach the LLM. */
const KEEP_DRAFT = new Set<InterviewDecision['kind']>(['nudge']);

/**
 * Lets the LLM say the engine's reply in the interviewer's voice. The decision stays the
 * engine's; whatever the LLM does, the candidate gets a reply (the draft when in doubt).
 */
@Injectable()
export class ReplyPolisher {
  private readonly logger = new Logger(ReplyPolisher.name);

  constructor(private readonly llm: LlmClient) {}

  /** Whether an LLM is configured at all: offline, no reply is ever polished. */
  get enabled(): boolean {
    return this.llm.enabled;
  }

  wants(request: PolishRequest): boolean {
    return (
      this.enabled &&
      !KEEP_DRAFT.has(request.decision.kind) &&
      !request.decision.reason.code.startsWith('junk_')
    );
  }

  /** The rewrite, or null to keep the draft. */
  async polish(request: PolishRequest): Promise<string | null> {
    if (!this.wants(request)) {
      return null;
    }
    try {
      const rewrite = await this.llm.complete(this.prompt(request), { maxTokens: 400 });
      return this.verdict(request, rewrite);
    } catch (error) {
      if (!(error instanceof LlmUnavailableError)) {
        throw error;
      }
      return null;
    }
  }

  /** Token by token, for streaming; the caller checks the whole text with `verdict` at the end. */
  stream(request: PolishRequest): AsyncGenerator<string> {
    return this.llm.stream(this.prompt(request), { maxTokens: 400 });
  }

  verdict(request: PolishRequest, rewrite: string): string | null {
    const question = currentQuestion(request.state)?.question ?? null;
    const verdict = acceptRewrite(request.draft, rewrite, question);
    if (!verdict.accepted) {
      this.logger.warn(`LLM rewrite rejected: ${verdict.reason}`);
      return null;
    }
    return verdict.text;
  }

  private prompt(request: PolishRequest): ChatMessage[] {
    const open = currentQuestion(request.state);
    return buildReplyRewritePrompt({
      persona: PERSONAS[request.state.company as Company],
      decision: request.decision,
      draft: request.draft,
      questionPrompt: open?.prompt ?? null,
      recentMessages: request.recentMessages,
    });
  }
}
