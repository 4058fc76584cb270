import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SMTP_PASSWORD, SMTP_USER, startSmtpPeer } from './smtp-peer';

const ROOT = resolve(__dirname, '../../../..');
const API_MAIN = join(ROOT, 'dist/apps/api/main.js');
const WEB_INDEX = join(ROOT, 'dist/apps/web/browser/index.html');
export const SCREENSHOT_DIR = join(ROOT, 'apps/web-e2e/screenshots');

/** Variables that would make the run depend on the developer's machine or the internet. */
const OUTSIDE_VARIABLES = [
  'DATABASE_URL',
  'REDIS_URL',
  'DEEPSEEK_API_KEY',
  'DEEPSEEK_BASE_URL',
  'LLM_API_KEY',
  'LLM_BASE_URL',
  'ELEVENLABS_API_KEY',
  'SMTP_USERNAME',
  'SMTP_PASSWORD',
];

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

async function waitForHealth(baseUrl: string, api: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (api.exitCode !== null) {
      throw new Error(`The API exited with code ${api.exitCode}; see ${logFile}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/v1/health`);
      if (response.ok) {
        return;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The API did not become healthy within 90 s; see ${logFile}`);
}

/**
 * Starts the real app for the suite: an SMTP peer, then `node dist/apps/api/main.js` on a free
 * port with its data in a temporary folder. The builds come from `nx run web-e2e:e2e`'s
 * dependencies (`npm run e2e`). Returns the teardown.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  for (const file of [API_MAIN, WEB_INDEX]) {
    if (!existsSync(file)) {
      throw new Error(
        `${file} is missing: run "npm run e2e", which builds the API and the web app`,
      );
    }
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'interview-prep-e2e-'));
  const mailDir = join(dataDir, 'mail');
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const smtp = await startSmtpPeer(mailDir);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;

  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of OUTSIDE_VARIABLES) {
    delete env[name];
  }
  Object.assign(env, {
    NODE_ENV: 'development',
    PORT: String(port),
    HOST: '127.0.0.1',
    APP_URL: baseUrl,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_USERNAME: SMTP_USER,
    SMTP_PASSWORD: SMTP_PASSWORD,
    SMTP_TLS: 'false',
    SMTP_FROM: 'no-reply@interview-prep.test',
  });
  const logFile = join(dataDir, 'api.log');
  const log = createWriteStream(logFile);
  // Started by its own PID (not through npx), so that teardown can stop exactly it.
  const api = spawn(process.execPath, [API_MAIN], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  api.stdout?.pipe(log);
  api.stderr?.pipe(log);

  try {
    await waitForHealth(baseUrl, api, logFile);
  } catch (error) {
    api.kill('SIGKILL');
    await smtp.stop();
    throw error;
  }

  process.env['E2E_BASE_URL'] = baseUrl;
  process.env['E2E_MAIL_DIR'] = mailDir;
  process.env['E2E_SCREENSHOT_DIR'] = SCREENSHOT_DIR;
  process.env['E2E_API_LOG'] = logFile;

  return async () => {
    if (api.exitCode === null) {
      const exited = new Promise<void>((r) => api.once('exit', () => r()));
      api.kill('SIGTERM');
      const timeout = new Promise<void>((r) => setTimeout(r, 10_000));
      await Promise.race([exited, timeout]);
      if (api.exitCode === null) {
        api.kill('SIGKILL');
      }
    }
    await smtp.stop();
    log.end();
    if (!process.env['E2E_KEEP_DATA']) {
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
}
