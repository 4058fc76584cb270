import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../../..');
export const SECRET_KEY = 'reliability-secret-key-long-enough-0123456789abcdef';

/** An API process started from source (no build needed), known by its PID. */
export interface ApiProcess {
  readonly baseUrl: string;
  readonly pid: number;
  /** Still running: it has not crashed. */
  alive(): boolean;
  /** What it printed (stdout and stderr). */
  output(): string;
  /** Where its output is written when it stops. */
  readonly logFile: string;
  /** Resident memory, kilobytes, from /proc. */
  rssKb(): number;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * `node -r @swc-node/register apps/api/src/main.ts` on a free port, against the suite's database
 * (DATABASE_URL), with the given variables on top; resolves once /api/v1/health/live answers.
 */
export async function startApiProcess(
  env: Record<string, string | undefined> = {},
): Promise<ApiProcess> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'interview-prep-reliability-'));
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    PORT: String(port),
    HOST: '127.0.0.1',
    SECRET_KEY,
    DATA_DIR: dataDir,
    SWC_NODE_PROJECT: join(ROOT, 'apps/api/tsconfig.app.json'),
    RATE_LIMIT_IP_PER_MINUTE: '100000',
    RATE_LIMIT_ACCOUNT_PER_MINUTE: '100000',
    RATE_LIMIT_USER_PER_MINUTE: '100000',
  };
  for (const name of ['LLM_API_KEY', 'LLM_BASE_URL', 'DEEPSEEK_API_KEY', 'REDIS_URL']) {
    delete childEnv[name];
  }
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) {
      delete childEnv[name];
    } else {
      childEnv[name] = value;
    }
  }
  const child: ChildProcess = spawn(
    process.execPath,
    ['-r', '@swc-node/register', join(ROOT, 'apps/api/src/main.ts')],
    { cwd: ROOT, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const keep = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    if (output.length > 2_000_000) {
      output = output.slice(-1_000_000);
    }
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exitCode: number | null = null;
  const exited = new Promise<void>((done) =>
    child.once('exit', (code, signal) => {
      exitCode = code ?? (signal ? 128 : -1);
      done();
    }),
  );
  const api: ApiProcess = {
    baseUrl: `http://127.0.0.1:${port}`,
    pid: child.pid ?? -1,
    logFile: join(dataDir, 'api.log'),
    alive: () => exitCode === null,
    output: () => output,
    rssKb: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    },
    stop: async () => {
      // Kept for a failure's post-mortem: the API's own account of what went wrong.
      writeFileSync(join(dataDir, 'api.log'), output);
      if (exitCode !== null) {
        return;
      }
      child.kill('SIGTERM');
      const stopped = await Promise.race([
        exited.then(() => true),
        new Promise<boolean>((done) => setTimeout(() => done(false), 10_000)),
      ]);
      if (!stopped) {
        child.kill('SIGKILL');
        await exited;
      }
    },
  };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (exitCode !== null) {
      throw new Error(`The API exited (${exitCode}) before it was ready:\n${output.slice(-3000)}`);
    }
    try {
      const response = await fetch(`${api.baseUrl}/api/v1/health/live`);
      if (response.ok) {
        return api;
      }
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  await api.stop();
  throw new Error(`The API was not ready in time:\n${output.slice(-3000)}`);
}
