import {
  COMPANIES,
  DIFFICULTIES,
  RUBRIC_DIMENSIONS,
  TRACKS,
  type Company,
  type Difficulty,
  type Track,
} from '@interview-prep/contracts';
import { difficultyPreference, selectQuestion, type CandidateQuery } from '@interview-prep/domain';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
// Not exported by the domain's index; the selector takes one.
import { SeededRandom } from '../../../libs/domain/src/lib/util/seeded-random';
import { dataSourceOptions } from '../../../apps/api/src/database/data-source-options';
import { EmbeddedPostgres } from '../../../apps/api/src/database/embedded-postgres';
import {
  readQuestionBank,
  type QuestionBank,
} from '../../../apps/api/src/questions/question-bank.reader';
import { DatabaseQuestionCatalog } from '../../../apps/api/src/questions/question-catalog';
import { toBankQuestion, toQuestionRow } from '../../../apps/api/src/questions/question-mapping';
import { QuestionEntity } from '../../../apps/api/src/questions/question.entity';
import { UserQuestionSeenEntity } from '../../../apps/api/src/sessions/user-question-seen.entity';
import type { DbTarget } from '../lib/api';
import { scratchDatabase } from '../lib/databases';
import { ROOT } from '../lib/processes';
import { log, percentile, printTable, round } from '../lib/report';

const PICKS = 400;
const GENERATED = 100_000;
const SEEN_OF_GENERATED = 5_000;

/**
 * Next-question selection as the engine does it: the catalog's indexed query, then the domain's
 * selector, on the shipped bank and on a generated one of 100,000 questions for a user who has
 * seen 5,000 (the shipped bank: the same 5 % seen). Each pick is a realistic query: a random
 * track, company, target difficulty and slot kind, a few questions already asked.
 */
export async function runSelectionSuite(options: {
  targets: DbTarget[];
  logDir: string;
}): Promise<void> {
  const bank = await readQuestionBank(join(ROOT, 'data/questions'));
  const rows: (string | number)[][] = [];
  for (const target of options.targets) {
    const results = new Map<string, Stats>();
    for (const size of [bank.questions.length, GENERATED]) {
      const db = await openDatabase(target, size === GENERATED ? 'bench_sel_large' : 'bench_sel');
      try {
        const seenCount =
          size === GENERATED ? SEEN_OF_GENERATED : Math.round(bank.questions.length * 0.05);
        log(`selection/${target.kind}: ${size} questions, ${seenCount} seen`);
        const userId = await fill(db.dataSource, bank.questions, size, seenCount);
        const label = `${size.toLocaleString('en')} questions, ${seenCount.toLocaleString('en')} seen`;
        const stats = await measure(db.dataSource, userId);
        results.set(label, stats);
        const before = await measureBefore(db.dataSource, userId);
        if (size === GENERATED) {
          await explain(db.dataSource, userId);
        }
        rows.push([
          target.kind === 'embedded' ? 'embedded (PGlite)' : 'Postgres 15',
          label,
          round(stats.catalogP50, 2),
          round(stats.pickP50, 2),
          round(stats.pickP99, 2),
          round(before.catalogP50, 2),
          round(before.catalogP50 / stats.catalogP50, 1),
        ]);
      } finally {
        await db.close();
      }
    }
    const [small, large] = [...results.values()];
    if (small && large) {
      rows.push([
        target.kind === 'embedded' ? 'embedded (PGlite)' : 'Postgres 15',
        'ratio 100,000 / shipped (pick p50)',
        '',
        `${(large.pickP50 / small.pickP50).toFixed(2)}x`,
        '',
        '',
        '',
      ]);
    }
  }
  printTable({
    title: `Next-question selection (${PICKS} picks per bank; catalog query + domain selector)`,
    columns: [
      'database',
      'bank',
      'catalog p50 ms',
      'pick p50 ms',
      'pick p99 ms',
      'previous query p50 ms',
      'speed-up',
    ],
    rows,
    notes: [
      'Floor: pick p50 < 2 ms on 100,000 questions and within 2x of the shipped bank. ' +
        '"previous query" is the single ORDER BY over all matching rows that the catalog used before.',
    ],
  });
}

interface Stats {
  catalogP50: number;
  pickP50: number;
  pickP99: number;
}

interface OpenDb {
  dataSource: DataSource;
  close(): Promise<void>;
}

async function openDatabase(target: DbTarget, name: string): Promise<OpenDb> {
  let embedded: EmbeddedPostgres | null = null;
  let url: string;
  if (target.kind === 'embedded') {
    embedded = await EmbeddedPostgres.start({ dataDir: null, maxConnections: 4 });
    url = embedded.url;
  } else {
    url = (await scratchDatabase(name)) ?? target.url;
  }
  const dataSource = new DataSource({
    ...dataSourceOptions({ url, poolSize: 2, runMigrations: true }),
  });
  await dataSource.initialize();
  return {
    dataSource,
    close: async () => {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}

/** The bank (shipped texts, cycled over every cell for the large one) and a user with seen rows. */
async function fill(
  dataSource: DataSource,
  source: QuestionBank['questions'],
  size: number,
  seenCount: number,
): Promise<string> {
  const generated = size > source.length;
  const chunk = 2_000;
  for (let start = 0; start < size; start += chunk) {
    const values = [];
    for (let i = start; i < Math.min(size, start + chunk); i += 1) {
      const { question, file } = source[i % source.length] ?? {};
      if (!question) {
        continue;
      }
      // Generated rows keep the shipped texts but spread over every cell evenly.
      const track = generated ? TRACKS[i % 3] : question.track;
      const behavioral = generated
        ? track === 'behavioral' || i % 11 === 0
        : question.tags.includes('behavioral');
      values.push({
        ...toQuestionRow(
          {
            ...question,
            id: generated ? `generated-${i}` : question.id,
            track: track ?? question.track,
            company: generated ? (COMPANIES[Math.floor(i / 3) % 6] ?? 'general') : question.company,
            difficulty: generated
              ? (DIFFICULTIES[Math.floor(i / 18) % 3] ?? 'medium')
              : question.difficulty,
            tags: behavioral
              ? [...new Set([...question.tags, 'behavioral'])]
              : question.tags.filter((t) => t !== 'behavioral'),
          },
          file ?? 'generated.json',
        ),
        contentHash: '0'.repeat(64),
      });
    }
    await dataSource.createQueryBuilder().insert().into(QuestionEntity).values(values).execute();
  }
  const [user] = await dataSource.query<{ id: string }[]>(
    `INSERT INTO users (email, password_hash, is_verified) VALUES ('selection@example.test', 'x', true) RETURNING id`,
  );
  const userId = user?.id ?? '';
  await dataSource.query(
    `INSERT INTO user_questions_seen (user_id, question_id, first_seen_at, last_seen_at)
     SELECT $1, id, now(), now() - (random() * interval '90 days')
     FROM questions ORDER BY random() LIMIT $2`,
    [userId, seenCount],
  );
  await dataSource.query('ANALYZE');
  return userId;
}

function randomQuery(
  random: SeededRandom,
  excludeFrom: readonly string[],
): CandidateQuery & {
  target: Difficulty;
} {
  const track = (random.pick([...TRACKS]) ?? 'swe_engineer') as Track;
  const company = (random.pick([...COMPANIES]) ?? 'general') as Company;
  const target = (random.pick([...DIFFICULTIES]) ?? 'medium') as Difficulty;
  const behavioral = track === 'behavioral' || random.next() < 0.25;
  const asked = Math.floor(random.next() * 7);
  return {
    tracks: behavioral && track !== 'behavioral' ? ['behavioral', track] : [track],
    behavioral,
    companies: company === 'general' ? ['general'] : [company, 'general'],
    difficulties: difficultyPreference(target),
    excludeIds: Array.from({ length: asked }, () => random.pick([...excludeFrom]) ?? ''),
    limit: 50,
    target,
  };
}

async function measure(dataSource: DataSource, userId: string): Promise<Stats> {
  const ids = (await dataSource.query<{ id: string }[]>('SELECT id FROM questions LIMIT 2000')).map(
    (row) => row.id,
  );
  const random = new SeededRandom(42);
  const catalog = new DatabaseQuestionCatalog(dataSource.manager, userId);
  const catalogTimes: number[] = [];
  const pickTimes: number[] = [];
  for (let i = 0; i < PICKS + 50; i += 1) {
    const query = randomQuery(random, ids);
    const started = performance.now();
    const candidates = await catalog.findCandidates(query);
    const fetched = performance.now();
    selectQuestion(
      candidates,
      {
        targetDifficulty: query.target,
        companies: query.companies,
        askedIds: query.excludeIds,
        previousTags: [],
        usedTags: [],
        // Half the picks are for a returning candidate with a weak dimension to lean toward.
        focus: {
          weakTags: [],
          weakDimensions: i % 2 === 0 ? [] : [RUBRIC_DIMENSIONS[i % RUBRIC_DIMENSIONS.length]],
          jobTags: [],
        },
      },
      random,
    );
    const done = performance.now();
    if (i >= 50) {
      catalogTimes.push(fetched - started);
      pickTimes.push(done - started);
    }
  }
  return {
    catalogP50: percentile(catalogTimes, 50),
    pickP50: percentile(pickTimes, 50),
    pickP99: percentile(pickTimes, 99),
  };
}

/** The catalog's query before this change, kept here to measure what the rewrite bought. */
async function measureBefore(dataSource: DataSource, userId: string): Promise<Stats> {
  const random = new SeededRandom(42);
  const times: number[] = [];
  for (let i = 0; i < 60; i += 1) {
    const query = randomQuery(random, []);
    const started = performance.now();
    const { entities } = await dataSource.manager
      .createQueryBuilder(QuestionEntity, 'q')
      .leftJoin(
        UserQuestionSeenEntity,
        'seen',
        'seen.question_id = q.id AND seen.user_id = :user',
        {
          user: userId,
        },
      )
      .addSelect('seen.last_seen_at', 'last_seen_at')
      .where('q.is_active')
      .andWhere('q.track = ANY(:tracks)', { tracks: query.tracks })
      .andWhere('q.company = ANY(:companies)', { companies: query.companies })
      .andWhere('q.difficulty = ANY(:difficulties)', { difficulties: query.difficulties })
      .andWhere('q.is_behavioral = :behavioral', { behavioral: query.behavioral })
      .andWhere('NOT (q.id = ANY(:exclude))', { exclude: query.excludeIds })
      .orderBy('seen.last_seen_at IS NOT NULL')
      .addOrderBy('array_position(:difficulties::varchar[], q.difficulty)')
      .addOrderBy('array_position(:companies::varchar[], q.company)')
      .addOrderBy('seen.last_seen_at')
      .addOrderBy('q.random_key')
      .limit(query.limit)
      .getRawAndEntities();
    entities.map(toBankQuestion);
    if (i >= 10) {
      times.push(performance.now() - started);
    }
  }
  const p50 = percentile(times, 50);
  return { catalogP50: p50, pickP50: p50, pickP99: percentile(times, 99) };
}

/** The plan of one cell's read, to show the index at work. */
async function explain(dataSource: DataSource, userId: string): Promise<void> {
  const plan = await dataSource.query<{ 'QUERY PLAN': string }[]>(
    `EXPLAIN (ANALYZE, COSTS OFF) SELECT q.id FROM questions q
      WHERE q.track = 'swe_engineer' AND q.company = 'google' AND q.difficulty = 'medium'
        AND q.is_behavioral = false AND q.is_active AND NOT (q.id = ANY($2::varchar[]))
        AND NOT EXISTS (SELECT 1 FROM user_questions_seen s WHERE s.user_id = $1 AND s.question_id = q.id)
      ORDER BY q.random_key LIMIT 50`,
    [userId, []],
  );
  log(`plan of one cell's read:\n  ${plan.map((row) => row['QUERY PLAN']).join('\n  ')}`);
}
