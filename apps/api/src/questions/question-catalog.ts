import type { CandidateQuery, CandidateQuestion, QuestionCatalog } from '@interview-prep/domain';
import type { EntityManager } from 'typeorm';
import { toBankQuestion, type BankQuestionColumns } from './question-mapping';

/** A question as the catalog reads it: the domain's columns, its random key and when last seen. */
interface CandidateRow extends BankQuestionColumns {
  random_key: number;
  last_seen_at: Date | null;
}

/** A cell's row that the user has not seen, is not excluded and is of the wanted kind. */
const UNSEEN_AND_WANTED = `q.is_behavioral = $1 AND q.is_active AND NOT (q.id = ANY($2::varchar[]))
  AND NOT EXISTS (SELECT 1 FROM user_questions_seen s WHERE s.user_id = $3 AND s.question_id = q.id)`;

/** $1 to $4 of both queries. */
function commonParams(query: CandidateQuery, userId: string): unknown[] {
  return [query.behavioral, [...query.excludeIds], userId, query.limit];
}

// Named as the entity's properties, so that toBankQuestion maps the rows.
const COLUMNS = `q.id, q.track, q.company, q.difficulty, q.question_type AS "questionType", q.title,
  q.prompt, q.tags, q.followups, q.key_points AS "keyPoints", q.expected_topics AS "expectedTopics",
  q.evaluation_focus AS "evaluationFocus", q.hints, q.reference_answer AS "referenceAnswer",
  q.estimated_minutes AS "estimatedMinutes", q.random_key`;

/**
 * The engine's question catalog over the database, for one user. Runs on the caller's
 * transaction. Its contract (libs/domain's QuestionCatalog): unseen questions first, never an
 * unseen one left out for a seen one, then the preferred difficulty, then the preferred company;
 * the domain's selector ranks the result.
 *
 * The database never ranks a whole bank: a cell's (track, company, difficulty, kind) unseen
 * questions are read from idx_questions_selection (track, company, difficulty, is_behavioral,
 * random_key WHERE is_active) in random_key order, each checked against the user's seen rows by
 * primary key, so a cell costs about `limit` index entries whatever the bank's size. The most
 * preferred cell alone usually fills the limit on a large bank (one query); otherwise one more
 * query walks every wanted cell in order of preference and adds seen questions, least recently
 * seen first, only if the unseen ones do not fill the limit. The single query this replaces
 * sorted every matching row with its seen status: 40 ms a pick on a 100,000-question bank
 * (docs/PERFORMANCE.md).
 */
export class DatabaseQuestionCatalog implements QuestionCatalog {
  constructor(
    private readonly manager: EntityManager,
    private readonly userId: string,
  ) {}

  async findCandidates(query: CandidateQuery): Promise<readonly CandidateQuestion[]> {
    const [difficulty, company] = [query.difficulties[0], query.companies[0]];
    if (difficulty && company) {
      // Usually enough on its own: a cell of a large bank has `limit` unseen questions.
      const first = await this.manager.query<CandidateRow[]>(...this.firstCell(query));
      if (first.length >= query.limit) {
        return first.map(toCandidate);
      }
    }
    const rows = await this.manager.query<CandidateRow[]>(...this.everyCell(query));
    return rows.map(toCandidate);
  }

  /** Up to `limit` unseen questions of the most preferred cell, its tracks merged. */
  private firstCell(query: CandidateQuery): [string, unknown[]] {
    const params = [...commonParams(query, this.userId), query.companies[0], query.difficulties[0]];
    const perTrack = query.tracks.map((track) => {
      params.push(track);
      return `(SELECT ${COLUMNS}, NULL::timestamptz AS last_seen_at FROM questions q
        WHERE q.track = $${params.length} AND q.company = $5 AND q.difficulty = $6
          AND ${UNSEEN_AND_WANTED}
        ORDER BY q.random_key LIMIT $4)`;
    });
    const sql =
      perTrack.length === 1
        ? (perTrack[0] ?? '')
        : `SELECT * FROM (${perTrack.join(' UNION ALL ')}) cell ORDER BY random_key LIMIT $4`;
    return [sql, params];
  }

  /**
   * Every wanted cell at once, for small banks: each cell's unseen questions (at most `limit`, from
   * the index), in order of preference; then, if that is not enough, the seen ones, least
   * recently seen first. The seen part is not run at all when the unseen ones fill the limit.
   */
  private everyCell(query: CandidateQuery): [string, unknown[]] {
    const sql = `
      WITH unseen AS (
        SELECT picked.*, d.pos AS d_pos, c.pos AS c_pos
          FROM unnest($5::varchar[]) WITH ORDINALITY AS d(difficulty, pos)
         CROSS JOIN unnest($6::varchar[]) WITH ORDINALITY AS c(company, pos)
         CROSS JOIN unnest($7::varchar[]) AS t(track)
         CROSS JOIN LATERAL (
           SELECT ${COLUMNS}, NULL::timestamptz AS last_seen_at FROM questions q
            WHERE q.track = t.track AND q.company = c.company AND q.difficulty = d.difficulty
              AND ${UNSEEN_AND_WANTED}
            ORDER BY q.random_key LIMIT $4) picked
         ORDER BY d.pos, c.pos, picked.random_key
         LIMIT $4
      ), seen AS (
        SELECT ${COLUMNS}, s.last_seen_at,
               array_position($5::varchar[], q.difficulty::varchar) AS d_pos,
               array_position($6::varchar[], q.company::varchar) AS c_pos
          FROM user_questions_seen s JOIN questions q ON q.id = s.question_id
         WHERE s.user_id = $3 AND q.is_active AND q.is_behavioral = $1
           AND q.difficulty = ANY($5::varchar[]) AND q.company = ANY($6::varchar[])
           AND q.track = ANY($7::varchar[]) AND NOT (q.id = ANY($2::varchar[]))
         ORDER BY d_pos, c_pos, s.last_seen_at, q.random_key
         LIMIT greatest($4 - (SELECT count(*) FROM unseen), 0)
      )
      SELECT *, 0 AS seen_rank FROM unseen
      UNION ALL
      SELECT *, 1 AS seen_rank FROM seen
      ORDER BY seen_rank, d_pos, c_pos, last_seen_at NULLS FIRST, random_key`;
    return [
      sql,
      [
        ...commonParams(query, this.userId),
        [...query.difficulties],
        [...query.companies],
        [...query.tracks],
      ],
    ];
  }
}

function toCandidate(row: CandidateRow): CandidateQuestion {
  return { ...toBankQuestion(row), lastSeenAt: row.last_seen_at?.toISOString() ?? null };
}
