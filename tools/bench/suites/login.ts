import * as argon2 from 'argon2';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { ARGON2_OPTIONS } from '../../../apps/api/src/auth/password.service';
import { ApiClient, PASSWORD, startApi, type DbTarget } from '../lib/api';
import { scratchDatabase } from '../lib/databases';
import { load, warmUp } from '../lib/load';
import { log, printTable, round } from '../lib/report';

/** The process's CPU time (user + system), seconds, from /proc. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * Logins: argon2id at OWASP's parameters (19 MiB, t=2, p=1) is slow on purpose. One core's rate
 * (argon2.verify back to back in this process), the API's POST /auth/login rate and the CPU it
 * takes, and GET /api/v1/health latency while logins hammer the API against when it is idle:
 * hashing runs on libuv's thread pool, so the event loop keeps answering.
 */
export async function runLoginSuite(options: {
  targets: DbTarget[];
  logDir: string;
  seconds?: number;
}): Promise<void> {
  const seconds = options.seconds ?? 5;
  const hash = await argon2.hash(PASSWORD, ARGON2_OPTIONS);
  let verified = 0;
  const started = performance.now();
  while (performance.now() - started < 3_000) {
    await argon2.verify(hash, PASSWORD);
    verified += 1;
  }
  const perCore = verified / ((performance.now() - started) / 1000);
  const rows: (string | number)[][] = [
    ['argon2id verify, one at a time (one core)', round(perCore, 1), '', '', ''],
  ];

  const target = options.targets.find((t) => t.kind === 'postgres') ?? options.targets[0];
  if (target) {
    const db: DbTarget =
      target.kind === 'postgres'
        ? { kind: 'postgres', url: (await scratchDatabase('bench_login')) ?? target.url }
        : target;
    const label = db.kind === 'embedded' ? 'embedded (PGlite)' : 'Postgres 15';
    log(`login/${db.kind}`);
    const api = await startApi({ db, logDir: options.logDir });
    try {
      const user = await new ApiClient(api).verifiedUser('login');
      const login = {
        url: `${api.baseUrl}/api/v1/auth/login`,
        method: 'POST' as const,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: user.email, password: PASSWORD }),
        connections: 8,
        seconds,
      };
      const health = { url: `${api.baseUrl}/api/v1/health`, connections: 1, seconds };
      await warmUp(health);
      const idle = await load(health);
      await warmUp(login);
      const cpuBefore = cpuSeconds(api.pid);
      const [busy, logins] = await Promise.all([load(health), load(login)]);
      const cpu = cpuSeconds(api.pid) - cpuBefore;
      const cores = cpu / seconds;
      rows.push([
        `POST /api/v1/auth/login, 8 connections (${label})`,
        round(logins.rps, 1),
        `${round(cores, 2)} cores busy: ${round(logins.rps / cores, 1)} logins/s per core`,
        `p50 ${logins.p50} ms, p99 ${logins.p99} ms`,
        logins.non2xx + logins.errors,
      ]);
      rows.push([
        `GET /api/v1/health, idle (${label})`,
        round(idle.rps),
        '',
        `p50 ${idle.p50} ms, p99 ${idle.p99} ms`,
        idle.non2xx + idle.errors,
      ]);
      rows.push([
        `GET /api/v1/health during the login burst (${label})`,
        round(busy.rps),
        '',
        `p50 ${busy.p50} ms, p99 ${busy.p99} ms`,
        busy.non2xx + busy.errors,
      ]);
    } finally {
      await api.stop();
    }
  }
  printTable({
    title: 'Login (argon2id, 19 MiB, t=2, p=1) and what it does to other routes',
    columns: ['what', 'per second', 'CPU', 'latency', 'non-2xx + errors'],
    rows,
    notes: [
      'One GET /health connection runs beside 8 login connections; the libuv thread pool has 4 threads.',
    ],
  });
}
