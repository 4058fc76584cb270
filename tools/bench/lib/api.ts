import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, ROOT, sleep, startServer, tempDir, type ServerProcess } from './processes';

/** Which Postgres a run uses: the embedded one (PGlite in the API's process) or a server. */
export type DbTarget = { readonly kind: 'embedded' } | { readonly kind: 'postgres'; url: string };

export const SECRET_KEY = 'bench-secret-key-that-is-long-enough-0123456789abcdef';
export const PASSWORD = 'plum-tractor-quietly-7';
export const API_MAIN = process.env['BENCH_API_MAIN'] ?? join(ROOT, 'dist/apps/api/main.js');

/** Variables of the developer's shell that would change what is measured. */
const SCRUBBED = [
  'DATABASE_URL',
  'DEEPSEEK_API_KEY',
  'DEEPSEEK_BASE_URL',
  'LLM_API_KEY',
  'LLM_BASE_URL',
  'REDIS_URL',
  'SMTP_HOST',
  'ELEVENLABS_API_KEY',
  'NODE_OPTIONS',
];

export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of SCRUBBED) {
    delete env[name];
  }
  for (const [name, value] of Object.entries(extra)) {
    if (value === undefined) {
      delete env[name];
    } else {
      env[name] = value;
    }
  }
  return env;
}

export interface ApiProcess extends ServerProcess {
  readonly dataDir: string;
}

export interface ApiOptions {
  readonly db: DbTarget;
  readonly logDir: string;
  /** Reuse a data folder (the embedded database lives in it). */
  readonly dataDir?: string;
  readonly env?: Record<string, string | undefined>;
}

/** The production build (`npx nx build api`) as a child process, as `npm start` runs it. */
export async function startApi(options: ApiOptions): Promise<ApiProcess> {
  if (!existsSync(API_MAIN)) {
    throw new Error(`${API_MAIN} is missing: run "npx nx build api" first`);
  }
  const port = await freePort();
  const dataDir = options.dataDir ?? tempDir('api-data');
  const env = cleanEnv({
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    SECRET_KEY,
    DATA_DIR: dataDir,
    DATABASE_URL: options.db.kind === 'postgres' ? options.db.url : undefined,
    // The benchmark is one client on one address: the per-IP and per-account limits would stop it.
    RATE_LIMIT_IP_PER_MINUTE: '100000',
    RATE_LIMIT_ACCOUNT_PER_MINUTE: '100000',
    RATE_LIMIT_USER_PER_MINUTE: '100000',
    ...options.env,
  });
  const server = await startServer({
    name: 'api',
    args: [API_MAIN],
    env,
    port,
    readyPath: '/api/v1/health/live',
    logDir: options.logDir,
  });
  return { ...server, dataDir };
}

export interface BenchUser {
  readonly email: string;
  readonly token: string;
  readonly userId: string;
}

export class ApiClient {
  constructor(private readonly api: ServerProcess) {}

  get baseUrl(): string {
    return this.api.baseUrl;
  }

  async call<T>(method: string, path: string, token: string | null, body?: unknown): Promise<T> {
    const response = await this.raw(method, path, token, body);
    const text = await response.text();
    if (!response.ok) {
      throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 300)}`);
    }
    return (text ? JSON.parse(text) : null) as T;
  }

  raw(method: string, path: string, token: string | null, body?: unknown): Promise<Response> {
    return fetch(`${this.api.baseUrl}/api/v1/${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
  }

  /** Signs up, verifies with the token from the logged mail (no SMTP configured) and logs in. */
  async verifiedUser(label = 'bench'): Promise<BenchUser> {
    const email = `${label}-${randomUUID().slice(0, 8)}@example.test`;
    await this.call('POST', 'auth/signup', null, {
      email,
      password: PASSWORD,
      full_name: 'Bench Candidate',
    });
    const token = await this.mailedToken(email);
    await this.call('POST', 'auth/verify', null, { token });
    return this.login(email);
  }

  async login(email: string): Promise<BenchUser> {
    const login = await this.call<{ access_token: string; user: { id: string } }>(
      'POST',
      'auth/login',
      null,
      { email, password: PASSWORD },
    );
    return { email, token: login.access_token, userId: login.user.id };
  }

  async createSession(token: string, body: Record<string, unknown> = {}): Promise<string> {
    const session = await this.call<{ id: string }>('POST', 'sessions', token, {
      track: 'swe_engineer',
      company: 'google',
      difficulty: 'medium',
      max_questions: 15,
      ...body,
    });
    await this.call('POST', `sessions/${session.id}/start`, token);
    return session.id;
  }

  say(token: string, sessionId: string, content: string): Promise<{ phase: string }> {
    return this.call('POST', `sessions/${sessionId}/message`, token, {
      content,
      client_message_id: randomUUID(),
    });
  }

  private async mailedToken(email: string): Promise<string> {
    const pattern = new RegExp(
      `Verification link for ${email.replace(/[.+]/g, '\\$&')}: \\S+ \\(token: ([^)\\s]+)\\)`,
    );
    for (let i = 0; i < 100; i += 1) {
      const match = pattern.exec(this.api.log());
      if (match?.[1]) {
        return match[1];
      }
      await sleep(50);
    }
    throw new Error(`No verification mail was logged for ${email}`);
  }
}

export const ANSWERS = [
  "I'm doing well, thanks! Excited to be here and ready to start.",
  'I would first clarify the input size and edge cases such as an empty input, a single element and duplicates. ' +
    'Then I would use a hash map to store what I have seen, walking the input once, so the time complexity is O(n) ' +
    'and the space complexity is O(n). The trade-off is memory for speed; sorting first would be O(n log n) with O(1) ' +
    'extra space. I would test it with an empty list, one item, duplicates and a large input.',
  'In my internship last summer our team had a release deadline in two weeks (situation). I was responsible for the ' +
    'payment retry feature (task). I broke the work into daily milestones, paired with a senior engineer on the hardest ' +
    'part and wrote integration tests first (action). We shipped two days early and failed payments dropped by 30 percent ' +
    '(result). I learned to ask for help earlier.',
  'I am not sure, maybe a loop over the array would work.',
];
