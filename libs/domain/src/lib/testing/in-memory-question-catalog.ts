import { BEHAVIORAL_TAG } from '@interview-prep/contracts';
import type { BankQuestion } from '../question-bank';
import type {
  CandidateQuery,
  CandidateQuestion,
  QuestionCatalog,
} from '../selection/question-catalog';

/**
 * The catalog port over an array, doing what the documented SQL does: filter, order unseen
 * first, then difficulty and company preference, then oldest seen, then id; limit.
 */
export class InMemoryQuestionCatalog implements QuestionCatalog {
  /** Every query received, for assertions. */
  readonly queries: CandidateQuery[] = [];

  constructor(
    private readonly questions: readonly BankQuestion[],
    private readonly lastSeen: Readonly<Record<string, string>> = {},
  ) {}

  findCandidates(query: CandidateQuery): Promise<readonly CandidateQuestion[]> {
    this.queries.push(query);
    const rows = this.questions
      .filter(
        (question) =>
          query.tracks.includes(question.track) &&
          query.companies.includes(question.company) &&
          query.difficulties.includes(question.difficulty) &&
          question.tags.includes(BEHAVIORAL_TAG) === query.behavioral &&
          !query.excludeIds.includes(question.id),
      )
      .map((question) => ({ ...question, lastSeenAt: this.lastSeen[question.id] ?? null }))
      .sort(
        (a, b) =>
          Number(a.lastSeenAt !== null) - Number(b.lastSeenAt !== null) ||
          query.difficulties.indexOf(a.difficulty) - query.difficulties.indexOf(b.difficulty) ||
          query.companies.indexOf(a.company) - query.companies.indexOf(b.company) ||
          (a.lastSeenAt ?? '').localeCompare(b.lastSeenAt ?? '') ||
          a.id.localeCompare(b.id),
      );
    return Promise.resolve(rows.slice(0, query.limit));
  }
}
