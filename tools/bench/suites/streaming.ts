import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { FakeLlmServer } from '../../../apps/api/test/support/fake-llm-server';
import { ANSWERS, ApiClient, startApi, type DbTarget } from '../lib/api';
import { scratchDatabase } from '../lib/databases';
import { log, percentile, printTable, round } from '../lib/report';

const TURNS = 20;
const FIRST_TOKEN_DELAY_MS = 200;

interface Timing {
  headers: number;
  firstToken: number;
  done: number;
}

/**
 * POST /sessions/:id/message/stream against a fake OpenAI-compatible LLM on loopback whose first
 * token comes 200 ms after the request: when the response's headers (its first byte) and its
 * first `token` event reach the client, measured from sending the request.
 */
export async function runStreamingSuite(options: {
  targets: DbTarget[];
  logDir: string;
}): Promise<void> {
  const rows: (string | number)[][] = [];
  const llm = await FakeLlmServer.start();
  llm.delayMs = FIRST_TOKEN_DELAY_MS;
  llm.reply =
    'Thanks, that is a clear start. How would your approach change if the input did not fit in memory?';
  try {
    for (const target of options.targets) {
      const db: DbTarget =
        target.kind === 'postgres'
          ? { kind: 'postgres', url: (await scratchDatabase('bench_stream')) ?? target.url }
          : target;
      log(`streaming/${db.kind}`);
      const api = await startApi({
        db,
        logDir: options.logDir,
        env: { LLM_BASE_URL: llm.baseUrl, LLM_API_KEY: 'bench', LLM_MODEL: 'fake-model' },
      });
      try {
        const client = new ApiClient(api);
        const user = await client.verifiedUser('stream');
        const timings: Timing[] = [];
        let sessionId = await client.createSession(user.token);
        for (let turn = 0; turn < TURNS; turn += 1) {
          const timing = await streamTurn(api.baseUrl, user.token, sessionId, ANSWERS[1] ?? '');
          if (timing === null) {
            sessionId = await client.createSession(user.token);
            turn -= 1;
            continue;
          }
          timings.push(timing);
        }
        const label = db.kind === 'embedded' ? 'embedded (PGlite)' : 'Postgres 15';
        for (const [what, pick] of [
          ['response headers (first byte)', (t: Timing) => t.headers],
          ['first token event', (t: Timing) => t.firstToken],
          ['done event (whole reply)', (t: Timing) => t.done],
        ] as const) {
          const values = timings.map(pick);
          rows.push([
            label,
            what,
            round(percentile(values, 50), 1),
            round(Math.max(...values), 1),
            what === 'first token event'
              ? `+${round(percentile(values, 50) - FIRST_TOKEN_DELAY_MS, 1)} ms over the LLM's 200 ms`
              : '',
          ]);
        }
      } finally {
        await api.stop();
      }
    }
  } finally {
    await llm.stop();
  }
  printTable({
    title: `Streaming a turn (SSE) with an LLM whose first token comes after ${FIRST_TOKEN_DELAY_MS} ms (${TURNS} turns, one at a time)`,
    columns: ['database', 'reaches the client', 'p50 ms', 'max ms', 'added by the API'],
    rows,
    notes: ['Floor: the first token reaches the client within 250 ms of the request.'],
  });
}

/** One streamed turn; null when the interview is over (409) and a new session is needed. */
function streamTurn(
  baseUrl: string,
  token: string,
  sessionId: string,
  content: string,
): Promise<Timing | null> {
  const body = JSON.stringify({ content, client_message_id: randomUUID() });
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const timing: Timing = { headers: 0, firstToken: 0, done: 0 };
    const req = request(
      `${baseUrl}/api/v1/sessions/${sessionId}/message/stream`,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
        timeout: 30_000,
      },
      (response) => {
        timing.headers = performance.now() - started;
        if (response.statusCode === 409) {
          response.resume();
          resolve(null);
          return;
        }
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          text += chunk;
          if (!timing.firstToken && text.includes('event: token')) {
            timing.firstToken = performance.now() - started;
          }
        });
        response.on('end', () => {
          timing.done = performance.now() - started;
          if (response.statusCode !== 200 || !text.includes('event: done')) {
            reject(new Error(`stream answered ${response.statusCode}: ${text.slice(0, 200)}`));
            return;
          }
          resolve(timing);
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
