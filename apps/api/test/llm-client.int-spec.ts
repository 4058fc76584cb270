import { ConfigService } from '@nestjs/config';
import { aiConfig } from '../src/config/ai.config';
import { LlmClient, LlmUnavailableError } from '../src/ai/llm-client';
import { FakeLlmServer } from './support/fake-llm-server';

describe('The LLM client against an OpenAI-compatible server', () => {
  let fake: FakeLlmServer;
  const messages = [{ role: 'user' as const, content: 'Hello' }];

  beforeAll(async () => {
    fake = await FakeLlmServer.start();
  });

  afterAll(async () => {
    await fake.stop();
  });

  beforeEach(() => {
    fake.mode = 'ok';
    fake.delayMs = 0;
  });

  /** A client built from the same environment variables the app reads. */
  const client = (env: Record<string, string>) => {
    const original = process.env;
    process.env = { ...original, ...env };
    try {
      const config = new ConfigService({ ai: aiConfig() });
      return new LlmClient(config as never);
    } finally {
      process.env = original;
    }
  };
  const connected = (extra: Record<string, string> = {}) =>
    client({
      LLM_BASE_URL: fake.baseUrl,
      LLM_API_KEY: 'sk-test-secret',
      LLM_MODEL: 'fake-model',
      LLM_TIMEOUT_MS: '1000',
      LLM_MAX_RETRIES: '1',
      ...extra,
    });

  it('should report offline and refuse calls when nothing is configured', async () => {
    const llm = client({});
    expect(llm.status()).toMatchObject({ configured: false, status: 'offline', model: null });
    await expect(llm.complete(messages)).rejects.toBeInstanceOf(LlmUnavailableError);
  });

  it('should complete a chat and send the key as a bearer token', async () => {
    const llm = connected();
    await expect(llm.complete(messages)).resolves.toBe(fake.reply);
    expect(fake.requests.at(-1)).toMatchObject({
      path: '/v1/chat/completions',
      authorization: 'Bearer sk-test-secret',
      body: { model: 'fake-model' },
    });
    expect(llm.status()).toMatchObject({ configured: true, status: 'online', last_error: null });
    expect(llm.status().latency_ms_p50).not.toBeNull();
  });

  it('should wait out a 429 with Retry-After and then succeed', async () => {
    fake.mode = 'rate-limit-once';
    const started = Date.now();
    await expect(connected().complete(messages)).resolves.toBe(fake.reply);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('should give up on a slow server after the timeout', async () => {
    fake.mode = 'slow';
    fake.delayMs = 1_500;
    const llm = connected({ LLM_MAX_RETRIES: '0' });
    await expect(llm.complete(messages)).rejects.toBeInstanceOf(LlmUnavailableError);
    expect(llm.status()).toMatchObject({ status: 'degraded' });
  });

  it('should open the circuit after repeated 500s and stop calling', async () => {
    fake.mode = 'error500';
    const llm = connected({ LLM_MAX_RETRIES: '0' });
    for (let i = 0; i < 4; i++) {
      await expect(llm.complete(messages)).rejects.toBeInstanceOf(LlmUnavailableError);
    }
    const callsBefore = fake.requests.length;
    await expect(llm.complete(messages)).rejects.toThrow('circuit open');
    expect(fake.requests.length).toBe(callsBefore);
    expect(llm.status()).toMatchObject({
      status: 'offline',
      last_error: expect.stringContaining('circuit'),
    });
  });

  it('should return null for malformed or schema-violating JSON replies', async () => {
    const llm = connected({ LLM_MAX_RETRIES: '0' });
    const parse = (value: unknown) =>
      typeof (value as { score?: unknown }).score === 'number'
        ? (value as { score: number })
        : null;
    fake.jsonReply = { score: 7 };
    await expect(llm.completeJson(messages, parse)).resolves.toEqual({ score: 7 });
    fake.mode = 'schema-violation';
    await expect(llm.completeJson(messages, parse)).resolves.toBeNull();
    fake.mode = 'malformed-json';
    await expect(llm.completeJson(messages, parse)).resolves.toBeNull();
  });

  it('should stream tokens, and fail mid-way when the stream is cut', async () => {
    const llm = connected();
    let text = '';
    for await (const token of llm.stream(messages)) {
      text += token;
    }
    expect(text).toBe(fake.reply);

    fake.mode = 'cut-stream';
    const received: string[] = [];
    await expect(
      (async () => {
        for await (const token of llm.stream(messages)) {
          received.push(token);
        }
      })(),
    ).rejects.toBeInstanceOf(LlmUnavailableError);
    expect(received.length).toBeGreaterThan(0);
    expect(received.join('')).not.toBe(fake.reply);
  });
});
