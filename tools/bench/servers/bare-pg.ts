/**
 * Baseline: bare node:http + pg doing what GET /api/v1/sessions/:id does, with nothing else: verify
 * the HS256 JWT, look the user up (token version), then the same queries as the API (the session
 * by id and owner, its messages in order, its evaluation's source) and a JSON answer of the same
 * shape. DATABASE_URL selects a Postgres; PGLITE_DATA_DIR instead serves that embedded database
 * from this process, as the API does. SECRET_KEY, PORT and POOL_SIZE as for the API.
 */
import { createServer, type ServerResponse } from 'node:http';
import jwt from 'jsonwebtoken';
import { Pool } from 'pg';
import { EmbeddedPostgres } from '../../../apps/api/src/database/embedded-postgres';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const ROUTE = /^\/api\/v1\/sessions\/([^/?]+)$/;

interface SessionRow {
  id: string;
  track: string;
  company: string;
  difficulty: string;
  status: string;
  config: { interview: Record<string, unknown>; retryQuestionId: string | null };
  state: { phase: string } | null;
  job_description: string | null;
  parent_session_id: string | null;
  overall_score: number | null;
  created_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
}

interface MessageRow {
  id: string;
  seq: number;
  role: string;
  kind: string;
  content: string;
  question_id: string | null;
  created_at: Date;
}

async function main(): Promise<void> {
  const poolSize = Number(process.env['POOL_SIZE'] ?? 10);
  const secret = process.env['SECRET_KEY'] ?? '';
  let url = process.env['DATABASE_URL'];
  const pgliteDir = process.env['PGLITE_DATA_DIR'];
  if (pgliteDir) {
    const embedded = await EmbeddedPostgres.start({
      dataDir: pgliteDir,
      maxConnections: poolSize + 2,
    });
    url = embedded.url;
  }
  const pool = new Pool({ connectionString: url, max: poolSize });
  pool.on('error', () => undefined);

  const send = (response: ServerResponse, status: number, body: unknown) => {
    const text = JSON.stringify(body);
    response.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
    });
    response.end(text);
  };

  createServer((request, response) => {
    void (async () => {
      const match = ROUTE.exec(request.url ?? '');
      if (request.method !== 'GET' || !match) {
        return send(response, 404, { statusCode: 404, message: 'Not found' });
      }
      const sessionId = match[1] ?? '';
      if (!UUID.test(sessionId)) {
        return send(response, 400, { statusCode: 400, message: 'Bad id' });
      }
      const header = request.headers.authorization ?? '';
      let claims: { sub?: string; ver?: number };
      try {
        claims = jwt.verify(header.slice('Bearer '.length), secret, {
          algorithms: ['HS256'],
        }) as typeof claims;
      } catch {
        return send(response, 401, { statusCode: 401, message: 'Invalid token' });
      }
      const user = await pool.query<{ id: string; email: string; token_version: number }>(
        'SELECT id, email, token_version FROM users WHERE id = $1 LIMIT 1',
        [claims.sub],
      );
      if (user.rows[0]?.token_version !== claims.ver) {
        return send(response, 401, { statusCode: 401, message: 'Invalid token' });
      }
      const found = await pool.query<SessionRow>(
        'SELECT * FROM sessions WHERE id = $1 AND user_id = $2 LIMIT 1',
        [sessionId, user.rows[0]?.id],
      );
      const session = found.rows[0];
      if (!session) {
        return send(response, 404, { statusCode: 404, message: 'Session not found' });
      }
      const [messages, evaluation] = await Promise.all([
        pool.query<MessageRow>('SELECT * FROM messages WHERE session_id = $1 ORDER BY seq ASC', [
          sessionId,
        ]),
        pool.query<{ id: string; source: string }>(
          'SELECT id, source FROM evaluations WHERE session_id = $1 LIMIT 1',
          [sessionId],
        ),
      ]);
      send(response, 200, {
        id: session.id,
        track: session.track,
        company: session.company,
        difficulty: session.difficulty,
        status: session.status,
        phase: session.state?.phase ?? null,
        settings: session.config.interview,
        overall_score: session.overall_score,
        score_source: evaluation.rows[0]?.source ?? null,
        parent_session_id: session.parent_session_id,
        retry_question_id: session.config.retryQuestionId,
        created_at: session.created_at.toISOString(),
        started_at: session.started_at?.toISOString() ?? null,
        finished_at: session.finished_at?.toISOString() ?? null,
        job_description: session.job_description,
        messages: messages.rows.map((m) => ({
          id: m.id,
          seq: m.seq,
          role: m.role,
          kind: m.kind,
          content: m.content,
          question_id: m.question_id,
          created_at: m.created_at.toISOString(),
        })),
      });
    })().catch(() => send(response, 500, { statusCode: 500, message: 'error' }));
  }).listen(Number(process.env['PORT']), '127.0.0.1');
}

void main();
