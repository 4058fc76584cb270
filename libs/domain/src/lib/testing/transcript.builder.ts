import type { TranscriptMessage } from '../scoring/transcript';

/** Test data: `TranscriptBuilder.create().interviewer('Q?', 'q1').candidate('A.', 'q1').build()`. */
export class TranscriptBuilder {
  private readonly messages: TranscriptMessage[] = [];

  private constructor(
    private readonly startMs: number,
    private readonly stepSeconds: number | null,
  ) {}

  /** Messages `stepSeconds` apart from 2025-01-06T10:00:00Z, or without timestamps. */
  static create(stepSeconds: number | null = null): TranscriptBuilder {
    return new TranscriptBuilder(Date.parse('2025-01-06T10:00:00Z'), stepSeconds);
  }

  interviewer(content: string, questionId: string | null = null): this {
    return this.add('interviewer', content, questionId);
  }

  candidate(content: string, questionId: string | null = null): this {
    return this.add('candidate', content, questionId);
  }

  build(): TranscriptMessage[] {
    return [...this.messages];
  }

  private add(role: TranscriptMessage['role'], content: string, questionId: string | null): this {
    const index = this.messages.length;
    const createdAt =
      this.stepSeconds === null
        ? null
        : new Date(this.startMs + index * this.stepSeconds * 1000).toISOString();
    this.messages.push({ id: `m${index + 1}`, role, content, questionId, createdAt });
    return this;
  }
}
