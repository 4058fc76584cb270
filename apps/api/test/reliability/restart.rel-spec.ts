import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { promisify } from 'node:util';
import type { Pool } from 'pg';
import { startApiProcess, type ApiProcess } from './support/api-process';
import { http, Recorder, sleep, startCrowd } from './support/candidates';
import {
  accessToken,
  checkTranscripts,
  createUsers,
  onEmbeddedDatabase,
  openDatabase,
  resetSchema,
} from './support/database';

const CANDIDATES = 30;

/** The local Postgres cluster to restart, when DATABASE_URL points at it and we may. */
function localCluster(): string | null {
  const url = process.env['DATABASE_URL'] ?? '';
  if (onEmbeddedDatabase() || !/@(127\.0\.0\.1|localhost)(:5432)?\//.test(url)) {
    return null;
  }
  if (!existsSync('/usr/bin/pg_ctlcluster') || process.getuid?.() !== 0) {
    return null;
  }
  return readdirSync('/etc/postgresql')[0] ?? null;
}

const cluster = localCluster();
if (!cluster) {
  console.warn(
    'Skipping the Postgres restart test: it needs DATABASE_URL on the local Postgres ' +
      '(127.0.0.1:5432) and root to run pg_ctlcluster.',
  );
}
const describeRestart = cluster ? describe : describe.skip;

/**
 * Postgres restarted in the middle of interviews: the API process survives (an idle pooled
 * connection that the server ends emits an error that must be handled), answers 503 in the error
 * shape while the database is away, serves again by itself within 5 s of Postgres being back, and
 * no turn is left half written. Candidates retry a 503 with the same client_message_id.
 */
describeRestart('Postgres restarted under load', () => {
  let db: Pool;
  let api: ApiProcess;

  beforeAll(async () => {
    db = openDatabase();
    await resetSchema(db);
    api = await startApiProcess();
  });

  afterAll(async () => {
    await api?.stop();
    await db?.end();
  });

  it('should survive, answer 503 meanwhile, recover and leave no half-written turn', async () => {
    const users = await createUsers(db, CANDIDATES, 'restart');
    const recorder = new Recorder();
    const started = Date.now();
    const deadline = started + 16_000;
    const { candidates, running } = startCrowd(
      users.map((user) => accessToken(user.id)),
      { api: () => api.baseUrl, recorder, retryUnavailable: true, deadline },
      () => ({ track: 'swe_engineer', company: 'amazon', difficulty: 'medium', max_questions: 3 }),
    );

    await sleep(4_000);
    // Not execFileSync: the candidates live in this process and must keep posting during the
    // outage (a blocked event loop sent nothing while Postgres was away, so nothing met it).
    await promisify(execFile)('pg_ctlcluster', [
      '--skip-systemctl-redirect',
      cluster ?? '',
      'main',
      'restart',
    ]);
    const back = Date.now();
    let recoveredAfter = Number.POSITIVE_INFINITY;
    while (Date.now() - back < 30_000) {
      const health = await http(api.baseUrl, 'GET', 'health').catch(() => null);
      if (health?.status === 200) {
        recoveredAfter = Date.now() - back;
        break;
      }
      await sleep(100);
    }
    await running;

    expect(api.alive()).toBe(true);
    expect(recoveredAfter).toBeLessThanOrEqual(5_000);
    const unexpected = recorder.serverErrors.filter((error) => error.status !== 503);
    expect(unexpected).toEqual([]);
    expect(recorder.badShapes).toEqual([]);
    // What the outage answered: 503s in the error shape (checked above with every error).
    expect(recorder.count((status) => status === 503)).toBeGreaterThan(0);
    const interviews = candidates.flatMap((candidate) => candidate.interviews);
    expect(await checkTranscripts(db, interviews)).toEqual([]);
    const after = await http(api.baseUrl, 'GET', 'health');
    expect(after.status).toBe(200);
    console.log(
      `restart: recovered ${recoveredAfter} ms after Postgres was back; statuses ` +
        `${JSON.stringify(Object.fromEntries(recorder.statuses))}; ` +
        `${recorder.networkErrors.length} network errors retried`,
    );
  });
});
