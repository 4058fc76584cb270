import { randomUUID } from 'node:crypto';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANSWERS, ApiClient, cleanEnv, SECRET_KEY, startApi, type DbTarget } from '../lib/api';
import {
  load,
  paced,
  warmUp,
  type LoadOptions,
  type LoadResult,
  type PacedRequest,
} from '../lib/load';
import { freePort, ROOT, startServer, type ServerProcess } from '../lib/processes';
import { log, printTable, ratio, round } from '../lib/report';

export interface HttpSuiteOptions {
  readonly db: DbTarget;
  readonly seconds: number;
  readonly connections: readonly number[];
  readonly logDir: string;
}

type Target = 'empty-nest' | 'trivial' | 'health' | 'get-session' | 'message';
type Baseline = 'bare-http' | 'bare-pg';

const BASELINE_OF: Record<Target, Baseline> = {
  'empty-nest': 'bare-http',
  trivial: 'bare-http',
  health: 'bare-http',
  'get-session': 'bare-pg',
  message: 'bare-pg',
};

const LABEL: Record<Target | Baseline, string> = {
  'empty-nest': 'reference: an empty Nest app on Fastify (tools/bench/servers/empty-nest.ts)',
  trivial: 'Nest trivial route GET /api/v1/health/live',
  health: 'GET /api/v1/health (pings the database)',
  'get-session': 'GET /api/v1/sessions/:id (JWT + user lookup + 3 queries)',
  message: 'POST /api/v1/sessions/:id/message (offline turn)',
  'bare-http': 'baseline: bare node:http',
  'bare-pg': 'baseline: bare node:http + pg (JWT + same queries as GET /sessions/:id)',
};

/** Sessions a message run spreads its turns over, so that none runs out of questions. */
const MESSAGE_SESSIONS = 300;

/** Rounds per pair: the median ratio of alternating runs holds on a busy machine. */
const ROUNDS = 3;

interface Sample extends LoadResult {
  /** The server process's CPU time per request, microseconds. */
  readonly cpuUs: number;
}

/**
 * The HTTP figures of one database. Every figure is measured beside its baseline: for each level
 * of connections, the baseline and the API's route run alternately ROUNDS times, and the median
 * of the per-round ratios is reported, with the CPU time each server spent per request (from
 * /proc), which the load generator's own limits and other processes disturb much less.
 */
export async function runHttpSuite(options: HttpSuiteOptions): Promise<void> {
  log(`http/${options.db.kind}: starting the API`);
  let api = await startApi({ db: options.db, logDir: options.logDir });
  const servers: ServerProcess[] = [];
  try {
    const client = new ApiClient(api);
    const users = await Promise.all(Array.from({ length: 10 }, () => client.verifiedUser()));
    const reader = users[0] ?? (await client.verifiedUser());
    const token = reader.token;
    const sessionId = await client.createSession(token);
    for (let turn = 0; turn < 10; turn += 1) {
      await client.say(token, sessionId, ANSWERS[turn % ANSWERS.length] ?? '');
    }
    const sessions = await messageSessions(
      client,
      users.map((user) => user.token),
    );

    let pgliteCopy: string | undefined;
    if (options.db.kind === 'embedded') {
      // PGlite is one process's: the baseline gets a copy of the data, made while the API is down.
      await api.stop();
      pgliteCopy = join(api.dataDir, 'pgdata-baseline');
      cpSync(join(api.dataDir, 'pgdata'), pgliteCopy, { recursive: true });
      api = await startApi({ db: options.db, dataDir: api.dataDir, logDir: options.logDir });
    }
    servers.push(api);
    const bare = await startBaseline('bare-http', options, undefined);
    servers.push(bare);
    const barePg = await startBaseline('bare-pg', options, pgliteCopy);
    servers.push(barePg);
    const emptyNest = await startBaseline('empty-nest', options, undefined);
    servers.push(emptyNest);

    const auth = { authorization: `Bearer ${token}` };
    const rows: (string | number)[][] = [];
    for (const connections of options.connections) {
      const base = { connections, seconds: options.seconds };
      // [what, the server measured, its load, the baseline, the baseline's load]
      const pairs: [Target, ServerProcess, LoadOptions, ServerProcess, LoadOptions][] = [
        [
          'empty-nest',
          emptyNest,
          { ...base, url: emptyNest.baseUrl },
          bare,
          { ...base, url: bare.baseUrl },
        ],
        [
          'trivial',
          api,
          { ...base, url: `${api.baseUrl}/api/v1/health/live` },
          bare,
          { ...base, url: bare.baseUrl },
        ],
        [
          'health',
          api,
          { ...base, url: `${api.baseUrl}/api/v1/health` },
          bare,
          { ...base, url: bare.baseUrl },
        ],
        [
          'get-session',
          api,
          { ...base, url: `${api.baseUrl}/api/v1/sessions/${sessionId}`, headers: auth },
          barePg,
          { ...base, url: `${barePg.baseUrl}/api/v1/sessions/${sessionId}`, headers: auth },
        ],
        [
          'message',
          api,
          messageLoad(api, sessions, base),
          barePg,
          { ...base, url: `${barePg.baseUrl}/api/v1/sessions/${sessionId}`, headers: auth },
        ],
      ];
      for (const [target, server, own, baseline, baselineLoad] of pairs) {
        await warmUp(own, 1);
        await warmUp(baselineLoad, 1);
        const rounds: { own: Sample; base: Sample }[] = [];
        for (let round = 0; round < ROUNDS; round += 1) {
          const baseSample = await sample(baseline, baselineLoad);
          const ownSample = await sample(server, own);
          rounds.push({ own: ownSample, base: baseSample });
        }
        const mid = medianBy(rounds, (r) => r.own.rps / r.base.rps);
        log(
          `${target}@${connections}: ${round(mid.own.rps)} req/s (p50 ${mid.own.p50}, p99 ` +
            `${mid.own.p99}) vs ${BASELINE_OF[target]} ${round(mid.base.rps)} req/s`,
        );
        rows.push([
          LABEL[target],
          connections,
          round(mid.own.rps),
          mid.own.p50,
          mid.own.p99,
          rounds.reduce((sum, r) => sum + r.own.non2xx + r.own.errors, 0),
          `${round(mid.base.rps)} req/s, p50 ${mid.base.p50}, p99 ${mid.base.p99}`,
          ratio(mid.own.rps, mid.base.rps),
          `${round(mid.own.cpuUs)} / ${round(mid.base.cpuUs)} µs`,
          ratio(mid.base.cpuUs, mid.own.cpuUs),
        ]);
      }
    }
    // The closed loop above measures capacity: 50 connections that resend the moment they get an
    // answer. Candidates are an open loop: so many turns a second, whatever the latency.
    const openLoop: (string | number)[][] = [];
    const fresh = await messageSessions(
      new ApiClient(api),
      users.map((user) => user.token),
    );
    for (const rate of [20, 40, 60]) {
      const result = await paced({
        baseUrl: api.baseUrl,
        rate,
        seconds: options.seconds * 2,
        next: nextTurn(fresh),
      });
      log(`message at ${rate}/s (paced): p50 ${result.p50}, p99 ${result.p99}`);
      openLoop.push([
        `POST /api/v1/sessions/:id/message, one every ${Math.round(1000 / rate)} ms (${rate} turns/s)`,
        round(result.rps, 1),
        result.p50,
        result.p99,
        result.non2xx + result.errors,
      ]);
    }
    printTable({
      title: `HTTP on the ${options.db.kind === 'embedded' ? 'embedded database (PGlite)' : 'Postgres server'} (median of ${ROUNDS} alternating ${options.seconds} s runs per figure)`,
      columns: [
        'route',
        'connections',
        'req/s',
        'p50 ms',
        'p99 ms',
        'non-2xx + errors',
        'baseline in the same run',
        'throughput ratio',
        'server CPU per request (API / baseline)',
        'CPU ratio (baseline / API)',
      ],
      rows,
      notes: [
        'Baselines: bare node:http for the empty Nest app, the trivial route and /health; bare node:http + pg (JWT + the ' +
          'same queries as GET /sessions/:id) for GET /sessions/:id and, for scale only, the message turn.',
        'Floors: trivial route >= 0.8x bare node:http; GET /sessions/:id >= 0.6x bare node+pg; ' +
          'message turn p99 < 50 ms at 50 connections on Postgres.',
      ],
    });
    printTable({
      title: `Message turns at a fixed rate (open loop) on the ${options.db.kind === 'embedded' ? 'embedded database' : 'Postgres server'}`,
      columns: ['turns', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx + errors'],
      rows: openLoop,
      notes: [
        'Evenly spaced requests, each on its own session, whatever the latency (an open loop, as ' +
          'candidates are); latencies measured to 0.1 ms.',
      ],
    });
  } finally {
    for (const server of servers.reverse()) {
      await server.stop();
    }
    if (!servers.includes(api)) {
      await api.stop();
    }
  }
}

async function startBaseline(
  baseline: Baseline | 'empty-nest',
  options: HttpSuiteOptions,
  pgliteDir: string | undefined,
): Promise<ServerProcess> {
  const port = await freePort();
  return startServer({
    name: baseline,
    args: ['-r', '@swc-node/register', join(ROOT, `tools/bench/servers/${baseline}.ts`)],
    env: cleanEnv({
      SWC_NODE_PROJECT: 'tools/bench/tsconfig.json',
      SECRET_KEY,
      // As the API: one connection to the embedded database, ten to a server.
      POOL_SIZE: options.db.kind === 'embedded' ? '1' : '10',
      PORT: String(port),
      DATABASE_URL: options.db.kind === 'postgres' ? options.db.url : undefined,
      PGLITE_DATA_DIR: pgliteDir,
    }),
    port,
    readyPath: '/',
    logDir: options.logDir,
  });
}

/** The process's CPU time (user + system), microseconds, from /proc. */
function cpuMicros(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return ((Number(fields[11]) + Number(fields[12])) / 100) * 1e6;
}

async function sample(server: ServerProcess, options: LoadOptions): Promise<Sample> {
  const before = cpuMicros(server.pid);
  const result = await load(options);
  const spent = cpuMicros(server.pid) - before;
  return { ...result, cpuUs: spent / Math.max(1, result.requests) };
}

function medianBy<T>(items: readonly T[], key: (item: T) => number): T {
  const sorted = [...items].sort((a, b) => key(a) - key(b));
  return sorted[Math.floor((sorted.length - 1) / 2)] as T;
}

interface MessageSession {
  readonly id: string;
  readonly token: string;
  finished: boolean;
}

/** Fresh started sessions over several users, for one message run. */
async function messageSessions(
  client: ApiClient,
  tokens: readonly string[],
): Promise<MessageSession[]> {
  const sessions: MessageSession[] = [];
  for (let i = 0; i < MESSAGE_SESSIONS; i += 10) {
    const batch = await Promise.all(
      Array.from({ length: 10 }, async (_, j) => {
        const token = tokens[(i + j) % tokens.length] ?? '';
        return { id: await client.createSession(token), token, finished: false };
      }),
    );
    sessions.push(...batch);
  }
  return sessions;
}

/** Each request a new client_message_id, round-robin over sessions that still take turns. */
function messageLoad(
  api: ServerProcess,
  sessions: MessageSession[],
  base: { connections: number; seconds: number },
): LoadOptions {
  let next = 0;
  let answer = 1;
  return {
    ...base,
    url: api.baseUrl,
    method: 'POST',
    setupRequest: (request, context) => {
      let index = next % sessions.length;
      for (let tries = 0; sessions[index]?.finished && tries < sessions.length; tries += 1) {
        next += 1;
        index = next % sessions.length;
      }
      next += 1;
      context['session'] = index;
      answer = (answer % (ANSWERS.length - 1)) + 1;
      const session = sessions[index];
      return {
        ...request,
        method: 'POST',
        path: `/api/v1/sessions/${session?.id ?? ''}/message`,
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${session?.token ?? ''}`,
        },
        body: JSON.stringify({ content: ANSWERS[answer] ?? '', client_message_id: randomUUID() }),
      };
    },
    onResponse: (status, body, context) => {
      const session = sessions[Number(context['session'])];
      if (session && (status === 409 || body.includes('"phase":"finished"'))) {
        session.finished = true;
      }
    },
  };
}

/** The next turn of the open loop: round-robin over the sessions that still take turns. */
function nextTurn(sessions: MessageSession[]): () => PacedRequest {
  let next = 0;
  return () => {
    let index = next % sessions.length;
    for (let tries = 0; sessions[index]?.finished && tries < sessions.length; tries += 1) {
      next += 1;
      index = next % sessions.length;
    }
    next += 1;
    const session = sessions[index];
    return {
      method: 'POST',
      path: `/api/v1/sessions/${session?.id ?? ''}/message`,
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${session?.token ?? ''}`,
      },
      body: JSON.stringify({
        content: ANSWERS[1 + (next % (ANSWERS.length - 1))] ?? '',
        client_message_id: randomUUID(),
      }),
    };
  };
}
