import { COMPANIES, DIFFICULTIES, SESSION_TRACKS } from '@interview-prep/contracts';
import type { Pool } from 'pg';
import { startApiProcess, type ApiProcess } from './support/api-process';
import { http, Recorder, sleep, startCrowd } from './support/candidates';
import {
  checkTranscripts,
  createUsers,
  onEmbeddedDatabase,
  openDatabase,
  PASSWORD,
  resetSchema,
} from './support/database';

const CANDIDATES = 200;
const SOAK_MS = Number(process.env['RELIABILITY_SOAK_SECONDS'] ?? 60) * 1000;

/**
 * 200 candidates at once, each running whole interviews (offline AI) for a bounded time, against
 * one API process: nothing may fail on the server's side, the database must hold exactly what
 * every candidate was told, and the process's memory must settle rather than grow.
 */
describe('Soak: 200 candidates running interviews at once', () => {
  let db: Pool;
  let api: ApiProcess;

  beforeAll(async () => {
    db = openDatabase();
    await resetSchema(db);
    api = await startApiProcess(
      // On the embedded database the API keeps one connection (see database.module.ts).
      onEmbeddedDatabase() ? { DATABASE_POOL_SIZE: '1' } : {},
    );
  });

  afterAll(async () => {
    await api?.stop();
    await db?.end();
  });

  it('should serve every turn, lose and duplicate nothing, and keep its memory', async () => {
    const users = await createUsers(db, CANDIDATES, 'soak');
    const recorder = new Recorder();
    // Everyone signs in first, as candidates do, through the real login.
    const tokens = await Promise.all(
      users.map(async (user) => {
        const login = await http(api.baseUrl, 'POST', 'auth/login', {
          body: { email: user.email, password: PASSWORD },
        });
        recorder.record('POST', 'auth/login', login);
        return (login.body as { access_token: string }).access_token;
      }),
    );
    const started = Date.now();
    const deadline = started + SOAK_MS;
    const memory: { at: number; rssKb: number }[] = [];
    const sampler = setInterval(() => {
      if (api.alive()) {
        memory.push({ at: Date.now() - started, rssKb: api.rssKb() });
      }
    }, 500);
    const { candidates, running } = startCrowd(
      tokens,
      { api: () => api.baseUrl, recorder, resend: true, deadline },
      (i) => ({
        track: SESSION_TRACKS[i % SESSION_TRACKS.length],
        company: COMPANIES[i % COMPANIES.length],
        difficulty: DIFFICULTIES[i % DIFFICULTIES.length],
        max_questions: 2 + (i % 3),
        behavioral_questions: 1,
      }),
    );
    try {
      await running;
    } finally {
      clearInterval(sampler);
    }
    await sleep(1_000);

    expect(api.alive()).toBe(true);
    expect(recorder.serverErrors).toEqual([]);
    expect(recorder.networkErrors).toEqual([]);
    expect(recorder.badShapes).toEqual([]);
    const interviews = candidates.flatMap((candidate) => candidate.interviews);
    const turns = interviews.reduce((sum, interview) => sum + interview.acked.size, 0);
    expect(turns).toBeGreaterThan(CANDIDATES);
    expect(await checkTranscripts(db, interviews)).toEqual([]);
    const finalized = interviews.filter((interview) => interview.finalized).map((i) => i.sessionId);
    const { rows } = await db.query<{ n: string }>(
      'SELECT count(*) AS n FROM evaluations WHERE session_id = ANY($1::uuid[])',
      [finalized],
    );
    expect(Number(rows[0]?.n)).toBe(finalized.length);

    // Memory: what stays after garbage collection (the lowest RSS of a window) in the third
    // quarter, warmed up at full load, against the last. RSS is a sawtooth of ~15 s between
    // collections, and it climbs for the first ~45 s of load as the heap warms up
    // (docs/RELIABILITY.md).
    const floor = (from: number, to: number) =>
      Math.min(
        ...memory.filter((m) => m.at >= from * SOAK_MS && m.at < to * SOAK_MS).map((m) => m.rssKb),
      );
    const warm = floor(0.5, 0.75);
    const end = floor(0.75, 1.01);
    console.log(
      `soak: ${interviews.length} interviews, ${turns} turns, ${finalized.length} finalized in ` +
        `${SOAK_MS / 1000} s; statuses ${JSON.stringify(Object.fromEntries(recorder.statuses))}; ` +
        `RSS ${Math.round(warm / 1024)} MiB -> ${Math.round(end / 1024)} MiB`,
    );
    expect(end).toBeLessThan(warm * 1.2);
  });
});
