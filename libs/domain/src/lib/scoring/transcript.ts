import type { MessageRole } from '@interview-prep/contracts';
import type { BankQuestion } from '../question-bank';

/** One stored message of a session, as the API reads it back for scoring. */
export interface TranscriptMessage {
  readonly id: string;
  readonly role: MessageRole;
  readonly content: string;
  /** The question this message belongs to; null in the warmup and the wrap-up. */
  readonly questionId: string | null;
  /** ISO time the message was stored; null when unknown. Used for time per answer. */
  readonly createdAt: string | null;
}

/** A question asked in the session, with what the score needs to know about how it went. */
export interface AskedQuestionRecord {
  readonly question: BankQuestion;
  readonly hintsUsed: number;
}
