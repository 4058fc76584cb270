import type { Company, Difficulty, Track } from '@interview-prep/contracts';
import type { BankQuestion } from '../question-bank';

/** A bank question as offered for this user: with when they last saw it. */
export interface CandidateQuestion extends BankQuestion {
  /** ISO time this user last saw the question (any session); null if never. */
  readonly lastSeenAt: string | null;
}

/**
 * What the engine asks the catalog for. Every list is in order of preference, so one indexed
 * query can fetch and order the rows (see QuestionCatalog).
 */
export interface CandidateQuery {
  /** The session's track; behavioral slots add `behavioral`. */
  readonly tracks: readonly Track[];
  /** Behavioral slots want questions tagged `behavioral`; technical slots want the others. */
  readonly behavioral: boolean;
  /** The session's company, then `general`. */
  readonly companies: readonly Company[];
  /** The wanted difficulty, then the nearer ones. */
  readonly difficulties: readonly Difficulty[];
  /** Questions already asked in this session. */
  readonly excludeIds: readonly string[];
  readonly limit: number;
}

/**
 * The port through which the engine reaches the question bank; the API implements it over the
 * database, bound to the signed-in user (for `lastSeenAt`). A faithful implementation:
 *
 *   WHERE track = ANY($tracks) AND company = ANY($companies) AND difficulty = ANY($difficulties)
 *     AND ('behavioral' = ANY(tags)) = $behavioral AND id <> ALL($excludeIds)
 *   ORDER BY last_seen_at IS NOT NULL, array_position($difficulties, difficulty),
 *     array_position($companies, company), last_seen_at, id
 *   LIMIT $limit
 *
 * so unseen questions come first and the limit never hides an unseen one behind a seen one.
 * The selector re-ranks what it gets, so row order beyond that does not matter.
 */
export interface QuestionCatalog {
  findCandidates(query: CandidateQuery): Promise<readonly CandidateQuestion[]>;
}
