import { connect } from 'node:net';
import type { Pool } from 'pg';
import { startApiProcess, type ApiProcess } from './support/api-process';
import { ANSWERS, http, Recorder } from './support/candidates';
import {
  accessToken,
  createUsers,
  onEmbeddedDatabase,
  openDatabase,
  resetSchema,
} from './support/database';

const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

function redisAnswers(): Promise<boolean> {
  const { hostname, port } = new URL(REDIS_URL);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port || 6379) });
    socket.setTimeout(1_000);
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/**
 * Two API processes on one Postgres, sharing rate limits through Redis, as behind a load
 * balancer: an interview whose turns alternate between them ends exactly as the same interview
 * (same seed, same answers, a user with the same history) on one process, and the per-account
 * login limit counts across both.
 */
describe('Two API processes on one database', () => {
  let db: Pool;
  let apis: ApiProcess[] = [];
  let skip: string | null = null;

  beforeAll(async () => {
    if (onEmbeddedDatabase()) {
      skip = 'the embedded database serves one process; set DATABASE_URL to a Postgres';
    } else if (!(await redisAnswers())) {
      skip = `no Redis answers at ${REDIS_URL}`;
    }
    if (skip) {
      console.warn(`Skipping the two-process test: ${skip}.`);
      return;
    }
    db = openDatabase();
    await resetSchema(db);
    const env = {
      REDIS_URL,
      REDIS_KEY_PREFIX: `reliability-${Date.now()}:`,
      RATE_LIMIT_ACCOUNT_PER_MINUTE: '5',
      RATE_LIMIT_IP_PER_MINUTE: '1000',
    };
    // One after the other: the first runs the migrations and seeds the bank.
    apis = [await startApiProcess(env)];
    apis.push(await startApiProcess(env));
  });

  afterAll(async () => {
    for (const api of apis) {
      await api.stop();
    }
    await db?.end();
  });

  /** A whole interview, each request on the next process in `on`; the stored transcript. */
  async function play(on: readonly ApiProcess[], userId: string) {
    const token = accessToken(userId);
    const recorder = new Recorder();
    let request = 0;
    const call = async (method: string, path: string, body?: unknown) => {
      const api = on[request++ % on.length] as ApiProcess;
      const result = await http(api.baseUrl, method, path, { token, body });
      recorder.record(method, path, result);
      if (result.status >= 300) {
        throw new Error(`${method} ${path}: ${result.status} ${result.text.slice(0, 200)}`);
      }
      return result.body as { id: string; phase: string };
    };
    const { id } = await call('POST', 'sessions', {
      track: 'swe_engineer',
      company: 'google',
      difficulty: 'medium',
      max_questions: 4,
    });
    // The same seed for both runs: the engine is deterministic given it.
    await db.query(
      `UPDATE sessions SET config = jsonb_set(config, '{seed}', '424242') WHERE id = $1`,
      [id],
    );
    await call('POST', `sessions/${id}/start`);
    let phase = '';
    for (let turn = 0; phase !== 'finished' && turn < 60; turn += 1) {
      ({ phase } = await call('POST', `sessions/${id}/message`, {
        content: ANSWERS[turn % ANSWERS.length],
        client_message_id: `turn-${turn}`,
      }));
    }
    await call('POST', `sessions/${id}/finalize`);
    const messages = await db.query(
      'SELECT seq, role, kind, content, question_id FROM messages WHERE session_id = $1 ORDER BY seq',
      [id],
    );
    const evaluation = await db.query(
      'SELECT overall_score, rubric, strengths, weaknesses, next_steps FROM evaluations WHERE session_id = $1',
      [id],
    );
    return { phase, messages: messages.rows, evaluation: evaluation.rows, recorder };
  }

  it('should play an interview across both processes exactly as on one', async () => {
    if (skip) {
      return;
    }
    const [alternating, single] = await createUsers(db, 2, 'two-processes');
    const across = await play(apis, alternating?.id ?? '');
    const alone = await play([apis[0] as ApiProcess], single?.id ?? '');
    expect(across.phase).toBe('finished');
    expect(across.messages.length).toBeGreaterThan(6);
    expect(across.messages).toEqual(alone.messages);
    expect(across.evaluation).toEqual(alone.evaluation);
    expect(across.recorder.serverErrors).toEqual([]);
  });

  it('should count the per-account login limit across both processes', async () => {
    if (skip) {
      return;
    }
    const [user] = await createUsers(db, 1, 'limited');
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 8; attempt += 1) {
      const api = apis[attempt % 2] as ApiProcess;
      const login = await http(api.baseUrl, 'POST', 'auth/login', {
        body: { email: user?.email, password: 'not-the-password-at-all' },
      });
      statuses.push(login.status);
    }
    // RATE_LIMIT_ACCOUNT_PER_MINUTE=5: five attempts in all, whichever process answered.
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
  });
});
