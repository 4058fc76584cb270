import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  COMPANIES,
  DIFFICULTIES,
  TRACKS,
  type Company,
  type Difficulty,
  type Track,
} from '@interview-prep/contracts';
import { difficultyPreference, type CandidateQuery } from '@interview-prep/domain';
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { DatabaseQuestionCatalog } from '../src/questions/question-catalog';
import { registerVerifiedUser } from './support/auth';
import { createTestApp, resetDatabase } from './support/test-app';

interface Row {
  id: string;
  track: Track;
  company: Company;
  difficulty: Difficulty;
  is_behavioral: boolean;
  random_key: number;
}

/**
 * The catalog's contract, as the domain's QuestionCatalog documents it, over every active row:
 * unseen first, then the preferred difficulty, then the preferred company, then the least recently
 * seen; random_key breaks the remaining ties. The database catalog reads cell by cell from the
 * selection index; it must return exactly these rows in this order.
 */
function reference(
  rows: readonly Row[],
  seen: ReadonlyMap<string, number>,
  query: CandidateQuery,
): string[] {
  const rank = (row: Row) => [
    seen.has(row.id) ? 1 : 0,
    query.difficulties.indexOf(row.difficulty),
    query.companies.indexOf(row.company),
    seen.get(row.id) ?? 0,
    row.random_key,
  ];
  return rows
    .filter(
      (row) =>
        query.tracks.includes(row.track) &&
        query.companies.includes(row.company) &&
        query.difficulties.includes(row.difficulty) &&
        row.is_behavioral === query.behavioral &&
        !query.excludeIds.includes(row.id),
    )
    .map((row) => ({ id: row.id, key: rank(row) }))
    .sort((a, b) => {
      for (let i = 0; i < a.key.length; i += 1) {
        const difference = (a.key[i] ?? 0) - (b.key[i] ?? 0);
        if (difference !== 0) {
          return difference;
        }
      }
      return 0;
    })
    .slice(0, query.limit)
    .map((row) => row.id);
}

describe('The question catalog over the database', () => {
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  let rows: Row[];
  let userId: string;
  const seen = new Map<string, number>();

  beforeAll(async () => {
    await resetDatabase();
    app = await createTestApp();
    dataSource = app.get(DataSource);
    userId = (await registerVerifiedUser(app)).userId;
    // Cells larger than the shipped bank's, so that limits cut inside a cell.
    await dataSource.query(
      `INSERT INTO questions (id, track, company, difficulty, question_type, is_behavioral, title,
         prompt, tags, followups, key_points, expected_topics, evaluation_focus, hints,
         source_file, content_hash)
       SELECT 'generated-' || i, (ARRAY['swe_intern','swe_engineer','behavioral'])[1 + i % 3],
         (ARRAY['general','amazon','google'])[1 + (i / 3) % 3],
         (ARRAY['easy','medium','hard'])[1 + (i / 9) % 3], 'coding', i % 4 = 0,
         'Generated ' || i, 'Prompt ' || i, ARRAY['arrays'], '[]', '[]', '[]', '[]', '[]',
         'generated.json', repeat('0', 64)
       FROM generate_series(1, 1500) AS i`,
    );
    await dataSource.query(`UPDATE questions SET is_active = false WHERE id LIKE 'generated-%7'`);
    rows = await dataSource.query<Row[]>(
      'SELECT id, track, company, difficulty, is_behavioral, random_key FROM questions WHERE is_active',
    );
    // The user has seen a third of the bank, at distinct times.
    const picks = rows.filter((_, i) => i % 3 === 0);
    await dataSource.query(
      `INSERT INTO user_questions_seen (user_id, question_id, first_seen_at, last_seen_at)
       SELECT $1, id, now(), now() - (ord || ' seconds')::interval
       FROM unnest($2::varchar[]) WITH ORDINALITY AS picked(id, ord)`,
      [userId, picks.map((row) => row.id)],
    );
    picks.forEach((row, i) => seen.set(row.id, -(i + 1)));
  });

  afterAll(async () => {
    await app.close();
  });

  const queries = fc
    .record({
      track: fc.constantFrom(...TRACKS),
      behavioral: fc.boolean(),
      company: fc.constantFrom(...COMPANIES),
      target: fc.constantFrom(...DIFFICULTIES),
      excluded: fc.array(fc.nat(), { maxLength: 8 }),
      limit: fc.integer({ min: 1, max: 80 }),
    })
    .map(
      ({ track, behavioral, company, target, excluded, limit }): CandidateQuery => ({
        tracks: behavioral && track !== 'behavioral' ? ['behavioral', track] : [track],
        behavioral,
        companies: company === 'general' ? ['general'] : [company, 'general'],
        difficulties: difficultyPreference(target),
        excludeIds: excluded.map((n) => rows[n % rows.length]?.id ?? ''),
        limit,
      }),
    );

  it('should return what the contract orders, unseen first, for any query', async () => {
    await fc.assert(
      fc.asyncProperty(queries, async (query) => {
        const found = await new DatabaseQuestionCatalog(dataSource.manager, userId).findCandidates(
          query,
        );
        expect(found.map((question) => question.id)).toEqual(reference(rows, seen, query));
        for (const question of found) {
          expect(question.lastSeenAt !== null).toBe(seen.has(question.id));
        }
      }),
      { numRuns: 60 },
    );
  });
});
