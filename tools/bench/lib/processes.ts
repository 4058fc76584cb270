import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..', '..');

/** A fresh folder under the system's temporary directory. */
export function tempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `bench-${label}-`));
}

/** A loopback port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

export interface ServerProcess {
  readonly name: string;
  readonly pid: number;
  readonly baseUrl: string;
  readonly logFile: string;
  /** Everything the process printed so far. */
  log(): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  readonly name: string;
  /** Arguments to `node`. */
  readonly args: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  readonly port: number;
  /** Path answered once the server is ready (any HTTP status counts). */
  readonly readyPath: string;
  readonly logDir: string;
  readonly timeoutMs?: number;
}

/** Starts `node <args>` as a child known by its PID, its output in a log file, and waits for HTTP. */
export async function startServer(options: StartOptions): Promise<ServerProcess> {
  const logFile = join(options.logDir, `${options.name}-${Date.now()}.log`);
  const fd = openSync(logFile, 'a');
  const child: ChildProcess = spawn(process.execPath, [...options.args], {
    cwd: ROOT,
    env: options.env,
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  let exited: number | null = null;
  const exit = new Promise<void>((done) =>
    child.once('exit', (code) => {
      exited = code ?? -1;
      done();
    }),
  );
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const server: ServerProcess = {
    name: options.name,
    pid: child.pid ?? -1,
    baseUrl,
    logFile,
    log: () => readFileSync(logFile, 'utf8'),
    stop: async () => {
      if (exited !== null) {
        return;
      }
      child.kill('SIGTERM');
      const killed = await Promise.race([exit.then(() => true), sleep(15_000).then(() => false)]);
      if (!killed) {
        child.kill('SIGKILL');
        await exit;
      }
    },
  };
  const deadline = Date.now() + (options.timeoutMs ?? 90_000);
  while (Date.now() < deadline) {
    if (exited !== null) {
      throw new Error(
        `${options.name} exited with ${exited} before it was ready:\n${tail(server)}`,
      );
    }
    try {
      await fetch(`${baseUrl}${options.readyPath}`, { signal: AbortSignal.timeout(1_000) });
      return server;
    } catch {
      await sleep(100);
    }
  }
  await server.stop();
  throw new Error(`${options.name} was not ready in time:\n${tail(server)}`);
}

function tail(server: ServerProcess): string {
  return server.log().split('\n').slice(-30).join('\n');
}

export function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
