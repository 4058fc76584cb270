import type { AiStatus } from '@interview-prep/contracts';
import type { Pool } from 'pg';
import { FakeLlmServer, type FakeLlmMode } from '../support/fake-llm-server';
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

const CANDIDATES = 20;

/** The LLM's faults, in the order the test switches them on, each for a few seconds. */
const FAULTS: { mode: FakeLlmMode; delayMs: number; ms: number }[] = [
  { mode: 'error500', delayMs: 0, ms: 4_000 },
  // Slower than LLM_TIMEOUT_MS: every call times out.
  { mode: 'slow', delayMs: 1_500, ms: 5_000 },
  { mode: 'cut-stream', delayMs: 0, ms: 4_000 },
  { mode: 'malformed-json', delayMs: 0, ms: 3_000 },
];

/**
 * The LLM failing in the middle of interviews (500s, timeouts, streams cut half-way, broken
 * JSON), with half the turns streamed: candidates never see a 5xx (the offline reply stands),
 * /ai/status leaves "online" while it fails and comes back to it once the LLM answers again.
 */
describe('LLM faults under load', () => {
  let db: Pool;
  let llm: FakeLlmServer;
  let api: ApiProcess;

  beforeAll(async () => {
    db = openDatabase();
    await resetSchema(db);
    llm = await FakeLlmServer.start();
    api = await startApiProcess({
      LLM_BASE_URL: llm.baseUrl,
      LLM_API_KEY: 'reliability',
      LLM_TIMEOUT_MS: '1000',
      LLM_MAX_RETRIES: '0',
      LLM_CIRCUIT_RESET_MS: '1000',
      ...(onEmbeddedDatabase() ? { DATABASE_POOL_SIZE: '1' } : {}),
    });
  });

  afterAll(async () => {
    await api?.stop();
    await llm?.stop();
    await db?.end();
  });

  it('should give candidates no 5xx and show the LLM degraded, then recovered', async () => {
    const users = await createUsers(db, CANDIDATES, 'llm');
    const token = accessToken(users[0]?.id ?? '');
    const recorder = new Recorder();
    const statuses: { phase: string; status: AiStatus['status'] }[] = [];
    let phase = 'ok';
    let polling = true;
    const poller = (async () => {
      while (polling) {
        const result = await http(api.baseUrl, 'GET', 'ai/status', { token }).catch(() => null);
        if (result?.status === 200) {
          statuses.push({ phase, status: (result.body as AiStatus).status });
        }
        await sleep(250);
      }
    })();
    const faultsMs = FAULTS.reduce((sum, fault) => sum + fault.ms, 0);
    const deadline = Date.now() + 3_000 + faultsMs + 10_000;
    const { candidates, running } = startCrowd(
      users.map((user) => accessToken(user.id)),
      { api: () => api.baseUrl, recorder, stream: true, deadline },
      () => ({ track: 'swe_intern', company: 'meta', difficulty: 'easy', max_questions: 3 }),
    );

    await sleep(3_000);
    for (const fault of FAULTS) {
      phase = fault.mode;
      llm.mode = fault.mode;
      llm.delayMs = fault.delayMs;
      await sleep(fault.ms);
    }
    phase = 'recovered';
    llm.mode = 'ok';
    llm.delayMs = 0;
    await running;
    polling = false;
    await poller;

    expect(api.alive()).toBe(true);
    expect(recorder.serverErrors).toEqual([]);
    expect(recorder.networkErrors).toEqual([]);
    expect(recorder.badShapes).toEqual([]);
    expect(
      await checkTranscripts(
        db,
        candidates.flatMap((c) => c.interviews),
      ),
    ).toEqual([]);
    const during = statuses.filter((s) => FAULTS.some((fault) => fault.mode === s.phase));
    expect(during.some((s) => s.status !== 'online')).toBe(true);
    expect(statuses.filter((s) => s.phase === 'recovered').at(-1)?.status).toBe('online');
    console.log(
      `llm faults: statuses ${JSON.stringify(Object.fromEntries(recorder.statuses))}; ai/status ` +
        JSON.stringify(
          statuses.reduce<Record<string, string[]>>((seen, s) => {
            const list = (seen[s.phase] ??= []);
            if (list.at(-1) !== s.status) {
              list.push(s.status);
            }
            return seen;
          }, {}),
        ),
    );
  });
});
