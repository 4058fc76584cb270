import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { TurnResponse } from '@interview-prep/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { authHeader, registerVerifiedUser } from './support/auth';
import { InterviewDriver, STAR_ANSWER, STRONG_TECHNICAL_ANSWER } from './support/interview';
import { finalTurn, parseEvents } from './support/sse';
import { createTestApp, resetDatabase } from './support/test-app';
import { sessionStore } from '../src/sessions/session-store';

const answerFor = (said: string) =>
  /tell me about a time|describe a (time|situation)|give me an example/i.test(said)
    ? STAR_ANSWER
    : STRONG_TECHNICAL_ANSWER;

describe('An interview over HTTP, offline', () => {
  let app: NestFastifyApplication;
  let alice: InterviewDriver;
  let mallory: InterviewDriver;
  let db: DataSource;

  beforeAll(async () => {
    await resetDatabase();
    app = await createTestApp();
    db = app.get(DataSource);
    alice = new InterviewDriver(
      app,
      authHeader((await registerVerifiedUser(app, { fullName: 'Alice Example' })).token),
    );
    mallory = new InterviewDriver(app, authHeader((await registerVerifiedUser(app)).token));
  });

  afterAll(async () => {
    await app.close();
  });

  it('should run a whole interview: greeting, questions, wrap-up, results', async () => {
    const id = await alice.create({ max_questions: 3, behavioral_questions: 1 });
    const opening = await alice.start(id);
    expect(opening.phase).toBe('warmup');
    expect(opening.interviewer_message.content).toMatch(/Alice/);
    expect(opening.candidate_message).toBeNull();

    const turns = await alice.answerAll(id, answerFor);
    expect(turns.at(-1)?.phase).toBe('finished');
    const asked = new Set(
      turns
        .map((t) => t.decision)
        .filter((d) => d.kind === 'ask_question')
        .map((d) => d.question_id),
    );
    expect(asked.size).toBe(3);

    const results = (await alice.finalize(id)).body;
    expect(results.overall_score).toBeGreaterThanOrEqual(0);
    expect(results.overall_score).toBeLessThanOrEqual(100);
    expect(results.source).toEqual({ kind: 'offline' });
    expect(results.questions).toHaveLength(3);

    const stored = await alice
      .http()
      .get(`/api/v1/analytics/sessions/${id}/results`)
      .set(alice['auth'])
      .expect(200);
    expect(stored.body).toMatchObject({ session_id: id, overall_score: results.overall_score });
    for (const quote of stored.body.evidence as { message_id: string; quote: string }[]) {
      const [row] = await db.query('SELECT content FROM messages WHERE id = $1', [
        quote.message_id,
      ]);
      expect(row.content).toContain(quote.quote);
    }
    const seen = await db.query('SELECT count(*)::int AS n FROM user_questions_seen');
    expect(seen[0].n).toBe(3);
  });

  it('should take an empty JSON body on a route that reads none, as curl sends it', async () => {
    const id = await alice.create();
    await alice
      .http()
      .post(`/api/v1/sessions/${id}/start`)
      .set(alice['auth'])
      .set('Content-Type', 'application/json')
      .expect(200);
  });

  it('should return the same opening when start is called twice', async () => {
    const id = await alice.create();
    const first = await alice.start(id);
    const second = await alice.start(id);
    expect(second.interviewer_message).toEqual(first.interviewer_message);
  });

  it('should answer a retried post with the first result instead of a second turn', async () => {
    const id = await alice.create();
    await alice.start(id);
    const clientId = randomUUID();
    const first = await alice.say(id, "I'm great, thanks!", clientId);
    const again = await alice.say(id, "I'm great, thanks!", clientId);
    expect(again).toEqual(first);
    const [{ n }] = await db.query(
      'SELECT count(*)::int AS n FROM messages WHERE session_id = $1',
      [id],
    );
    expect(n).toBe(3);
  });

  it('should serialize concurrent posts to one session and never ask a question twice', async () => {
    const id = await alice.create({ max_questions: 4, behavioral_questions: 0 });
    await alice.start(id);
    await alice.say(id, 'Doing well, thank you.');
    const turns = await Promise.all(Array.from({ length: 6 }, () => alice.say(id, 'skip')));
    const seqs = turns.flatMap((t: TurnResponse) => [
      t.candidate_message?.seq,
      t.interviewer_message.seq,
    ]);
    expect(new Set(seqs).size).toBe(seqs.length);
    const [{ n, distinct }] = await db.query(
      'SELECT count(*)::int AS n, count(DISTINCT question_id)::int AS distinct FROM session_questions WHERE session_id = $1',
      [id],
    );
    expect(n).toBe(distinct);
  });

  it('should compute a turn again when another post lands while it is computed', async () => {
    const id = await alice.create({ max_questions: 4, behavioral_questions: 0 });
    await alice.start(id);
    const realWrite = sessionStore.writeTurn;
    const write = jest.spyOn(sessionStore, 'writeTurn');
    let other: Promise<TurnResponse> | null = null;
    // The first write of the slow post waits for a whole other post, which lands first.
    write.mockImplementationOnce(async (manager, turn) => {
      other = alice.say(id, 'Doing well, thank you.');
      await other;
      return realWrite(manager, turn);
    });
    try {
      const slow = await alice.say(id, 'skip');
      const first = await (other as Promise<TurnResponse> | null);
      expect(first?.candidate_message?.seq).toBe(2);
      expect(slow.candidate_message?.seq).toBe(4);
      expect(slow.candidate_message?.content).toBe('skip');
      // The slow post's first write was refused, then it ran again on the new state.
      expect(write).toHaveBeenCalledTimes(3);
    } finally {
      write.mockRestore();
    }
    const rows = await db.query<{ seq: number; role: string }[]>(
      'SELECT seq, role FROM messages WHERE session_id = $1 ORDER BY seq',
      [id],
    );
    expect(rows.map((row) => `${row.seq}:${row.role}`)).toEqual([
      '1:interviewer',
      '2:candidate',
      '3:interviewer',
      '4:candidate',
      '5:interviewer',
    ]);
  });

  it('should refuse messages before start and after finalize with 409', async () => {
    const id = await alice.create({ max_questions: 1, behavioral_questions: 0 });
    const early = await alice
      .http()
      .post(`/api/v1/sessions/${id}/message`)
      .set(alice['auth'])
      .send({ content: 'hello', client_message_id: randomUUID() })
      .expect(409);
    expect(early.body).toMatchObject({
      statusCode: 409,
      message: 'Start the session before sending messages',
    });
    await alice.start(id);
    await alice.finalize(id);
    const late = await alice
      .http()
      .post(`/api/v1/sessions/${id}/message`)
      .set(alice['auth'])
      .send({ content: 'one more thing', client_message_id: randomUUID() })
      .expect(409);
    expect(late.body.message).toBe('The session is finished and read-only');
    const again = await alice.finalize(id);
    expect(again.body.overall_score).toBeDefined();
  });

  it('should leave no half-written turn when the database fails in the middle of it', async () => {
    const id = await alice.create();
    await alice.start(id);
    const stateBefore = await db.query('SELECT state FROM sessions WHERE id = $1', [id]);
    await db.query(`CREATE FUNCTION fail_interviewer_insert() RETURNS trigger AS $$
      BEGIN
        IF NEW.role = 'interviewer' THEN RAISE EXCEPTION 'simulated failure'; END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await db.query(
      'CREATE TRIGGER fail_turn BEFORE INSERT ON messages FOR EACH ROW EXECUTE FUNCTION fail_interviewer_insert()',
    );
    const clientId = randomUUID();
    try {
      const failed = await alice
        .http()
        .post(`/api/v1/sessions/${id}/message`)
        .set(alice['auth'])
        .send({ content: 'Doing well!', client_message_id: clientId })
        .expect(500);
      expect(failed.body).toEqual({
        statusCode: 500,
        error: 'Internal Server Error',
        message: 'Something went wrong on our side.',
      });
    } finally {
      await db.query('DROP TRIGGER fail_turn ON messages');
      await db.query('DROP FUNCTION fail_interviewer_insert');
    }
    const [{ n }] = await db.query(
      'SELECT count(*)::int AS n FROM messages WHERE session_id = $1',
      [id],
    );
    expect(n).toBe(1);
    expect(await db.query('SELECT state FROM sessions WHERE id = $1', [id])).toEqual(stateBefore);
    const retried = await alice.say(id, 'Doing well!', clientId);
    expect(retried.candidate_message?.seq).toBe(2);
  });

  it('should store the state so that rewriting it each turn is cheap', async () => {
    const [column] = await db.query(
      `SELECT attstorage AS storage, attcompression AS compression FROM pg_attribute
        WHERE attrelid = 'sessions'::regclass AND attname = 'state'`,
    );
    // lz4 where the server has it (Postgres), else uncompressed out of line (PGlite); not pglz.
    expect([
      { storage: 'x', compression: 'l' },
      { storage: 'e', compression: '' },
    ]).toContainEqual(column);
  });

  it('should reject a message over 8,000 characters with a clear 400', async () => {
    const id = await alice.create();
    await alice.start(id);
    const response = await alice
      .http()
      .post(`/api/v1/sessions/${id}/message`)
      .set(alice['auth'])
      .send({ content: 'a'.repeat(8_001), client_message_id: randomUUID() })
      .expect(400);
    expect(response.body.message).toBe('content must be shorter than or equal to 8000 characters');
  });

  it("should answer 404 for another user's session on every route", async () => {
    const id = await alice.create();
    await alice.start(id);
    const routes: [string, string, object?][] = [
      ['get', `/api/v1/sessions/${id}`],
      ['delete', `/api/v1/sessions/${id}`],
      ['post', `/api/v1/sessions/${id}/start`],
      [
        'post',
        `/api/v1/sessions/${id}/message`,
        { content: 'hi', client_message_id: randomUUID() },
      ],
      [
        'post',
        `/api/v1/sessions/${id}/message/stream`,
        { content: 'hi', client_message_id: randomUUID() },
      ],
      ['post', `/api/v1/sessions/${id}/finalize`],
      ['post', `/api/v1/sessions/${id}/questions/any.question/retry`],
      ['get', `/api/v1/analytics/sessions/${id}/results`],
      ['get', `/api/v1/analytics/sessions/${id}/report.md`],
    ];
    for (const [method, path, body] of routes) {
      const call = (
        mallory.http() as unknown as Record<string, (p: string) => import('supertest').Test>
      )
        [method](path)
        .set(mallory['auth']);
      const response = await (body ? call.send(body) : call);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
    }
    const list = await mallory.http().get('/api/v1/sessions').set(mallory['auth']).expect(200);
    expect(list.body.total).toBe(0);
  });

  it('should answer a malformed session id with 400', async () => {
    await alice.http().get('/api/v1/sessions/not-a-uuid').set(alice['auth']).expect(400);
  });

  it('should stream the offline reply in chunks, then the stored turn', async () => {
    const id = await alice.create();
    await alice.start(id);
    const response = await alice
      .http()
      .post(`/api/v1/sessions/${id}/message/stream`)
      .set(alice['auth'])
      .send({ content: 'Very well, thanks!', client_message_id: randomUUID() })
      .expect(200);
    expect(response.headers['content-type']).toContain('text/event-stream');
    const events = parseEvents(response.text);
    const tokens = events.map((event) => (event.type === 'token' ? event.text : '')).join('');
    const done = finalTurn(events);
    expect(tokens).toBe(done.interviewer_message.content);
  });

  it('should retry one question in a new short session and compare attempts', async () => {
    const id = await alice.create({ max_questions: 1, behavioral_questions: 0 });
    await alice.start(id);
    await alice.answerAll(id, () => STRONG_TECHNICAL_ANSWER);
    const first = (await alice.finalize(id)).body;
    const questionId = first.questions[0].question_id;

    const retry = await alice
      .http()
      .post(`/api/v1/sessions/${id}/questions/${questionId}/retry`)
      .set(alice['auth'])
      .expect(201);
    expect(retry.body).toMatchObject({ parent_session_id: id, retry_question_id: questionId });
    const opening = await alice.start(retry.body.id);
    expect(opening.interviewer_message.question_id).toBe(questionId);
    await alice.say(
      retry.body.id,
      STRONG_TECHNICAL_ANSWER + ' I would also mention the edge case of negative numbers.',
    );
    await alice.finalize(retry.body.id);
    const results = await alice
      .http()
      .get(`/api/v1/analytics/sessions/${retry.body.id}/results`)
      .set(alice['auth'])
      .expect(200);
    expect(results.body.attempts).toEqual([
      expect.objectContaining({
        question_id: questionId,
        attempts: expect.any(Array),
        change: expect.any(Object),
      }),
    ]);
    expect(results.body.attempts[0].attempts).toHaveLength(2);
  });

  it('should list history, download the Markdown report and show progress', async () => {
    const history = await alice
      .http()
      .get('/api/v1/sessions?status=completed')
      .set(alice['auth'])
      .expect(200);
    expect(history.body.items.length).toBeGreaterThan(0);
    expect(history.body.items.every((s: { status: string }) => s.status === 'completed')).toBe(
      true,
    );
    const id = history.body.items[0].id;
    const report = await alice
      .http()
      .get(`/api/v1/analytics/sessions/${id}/report.md`)
      .set(alice['auth'])
      .expect(200);
    expect(report.headers['content-type']).toContain('text/markdown');
    expect(report.text).toMatch(/^# Interview report: \d+\/100/);
    const progress = await alice
      .http()
      .get('/api/v1/analytics/progress')
      .set(alice['auth'])
      .expect(200);
    expect(progress.body.sessions_completed).toBeGreaterThan(0);
    expect(progress.body.timeline[0]).toMatchObject({ source: 'offline' });
  });

  it('should delete a session with everything in it', async () => {
    const id = await alice.create();
    await alice.start(id);
    await alice.http().delete(`/api/v1/sessions/${id}`).set(alice['auth']).expect(204);
    await alice.http().get(`/api/v1/sessions/${id}`).set(alice['auth']).expect(404);
    const [{ n }] = await db.query(
      'SELECT count(*)::int AS n FROM messages WHERE session_id = $1',
      [id],
    );
    expect(n).toBe(0);
  });
});
