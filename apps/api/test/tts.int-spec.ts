import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request, { type Response } from 'supertest';
import { WaveFile } from 'wavefile';
import { TTS_REQUESTS_PER_MINUTE } from '../src/tts/tts.controller';
import { authHeader, registerVerifiedUser } from './support/auth';
import { setEnv } from './support/env';
import { FakeElevenLabsServer } from './support/fake-elevenlabs-server';
import { captureLogs, type LogCapture } from './support/log-capture';
import { createTestApp, resetDatabase } from './support/test-app';

const QUESTION = 'Walk me through how you would design a URL shortener.';

/** The whole app with these TTS settings and an empty data directory (so an empty cache). */
async function startApp(env: Record<string, string | undefined>) {
  const restore = setEnv({
    DATA_DIR: mkdtempSync(join(tmpdir(), 'tts-app-')),
    TTS_PRIMARY: undefined,
    TTS_FALLBACK: undefined,
    ELEVENLABS_API_KEY: undefined,
    ...env,
  });
  const app = await createTestApp();
  const auth = authHeader((await registerVerifiedUser(app)).token);
  const speak = (body: object, header = auth) =>
    request(app.getHttpServer()).post('/api/v1/tts').set(header).send(body);
  const status = async () =>
    (await request(app.getHttpServer()).get('/api/v1/tts/status').set(auth).expect(200)).body;
  const close = async () => {
    await app.close();
    restore();
  };
  return { app, auth, speak, status, close };
}

/** supertest buffers binary bodies only when asked to. */
const binary = (response: Response): Buffer => response.body as Buffer;
const asBinary = (req: request.Test) =>
  req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });

function wavSeconds(bytes: Buffer): number {
  const wave = new WaveFile(bytes);
  return (
    (wave.data as { chunkSize: number }).chunkSize / (wave.fmt as { byteRate: number }).byteRate
  );
}

describe('The TTS API', () => {
  let logs: LogCapture;
  let fake: FakeElevenLabsServer;

  beforeAll(async () => {
    logs = captureLogs();
    await resetDatabase();
    fake = await FakeElevenLabsServer.start();
  });

  afterAll(async () => {
    await fake.stop();
    logs.restore();
  });

  describe('with the defaults (offline engine, then the browser)', () => {
    let ctx: Awaited<ReturnType<typeof startApp>>;

    beforeAll(async () => {
      ctx = await startApp({});
    });

    afterAll(async () => {
      await ctx.close();
    });

    it('should require a bearer token', async () => {
      const server = ctx.app.getHttpServer();
      const response = await request(server).post('/api/v1/tts').send({ text: 'Hi' }).expect(401);
      expect(response.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
      await request(server).get('/api/v1/tts/status').expect(401);
    });

    it('should speak a text as WAV from the offline engine', async () => {
      const response = await asBinary(ctx.speak({ text: QUESTION })).expect(200);
      expect(response.headers['content-type']).toBe('audio/wav');
      expect(response.headers['x-tts-provider']).toBe('offline');
      expect(response.headers['x-tts-cache']).toBe('miss');
      expect(wavSeconds(binary(response))).toBeGreaterThan(2);
    });

    it('should answer the same text again from the cache, byte for byte', async () => {
      const first = await asBinary(ctx.speak({ text: 'Any questions for me?' })).expect(200);
      const again = await asBinary(ctx.speak({ text: '  Any questions for me?  ' })).expect(200);
      expect(first.headers['x-tts-cache']).toBe('miss');
      expect(again.headers['x-tts-cache']).toBe('hit');
      expect(binary(again).equals(binary(first))).toBe(true);
    });

    it('should cache each voice apart and ignore a voice that is not its own', async () => {
      const kal = await asBinary(ctx.speak({ text: QUESTION, voice: 'kal16' })).expect(200);
      expect(kal.headers['x-tts-cache']).toBe('hit');
      const slt = await asBinary(ctx.speak({ text: QUESTION, voice: 'slt' })).expect(200);
      expect(slt.headers['x-tts-cache']).toBe('miss');
      expect(binary(slt).equals(binary(kal))).toBe(false);
      const other = await ctx.speak({ text: QUESTION, voice: 'EXAVITQu4vr4xnSDxMaL' }).expect(200);
      expect(other.headers['x-tts-cache']).toBe('hit');
    });

    it('should report its providers, the last answer and the cache', async () => {
      const status = await ctx.status();
      expect(status).toMatchObject({
        order: ['offline', 'browser'],
        last_provider: 'offline',
        cache: { entries: 3, max_bytes: 200 * 1024 * 1024 },
      });
      expect(status.cache.bytes).toBeGreaterThan(100_000);
      expect(Date.parse(status.last_answered_at)).toBeGreaterThan(Date.now() - 60_000);
      expect(status.providers).toEqual([
        expect.objectContaining({ name: 'offline', configured: true, voice: 'kal16' }),
        expect.objectContaining({ name: 'elevenlabs', configured: false, last_ok_at: null }),
        expect.objectContaining({ name: 'browser', configured: true, voice: null }),
      ]);
    });

    it.each([
      [{ text: '' }, 'text must be longer than or equal to 1 characters'],
      [{ text: '   ' }, 'text must be longer than or equal to 1 characters'],
      [{ text: 'x'.repeat(2001) }, 'text must be shorter than or equal to 2000 characters'],
      [{}, 'text must be a string'],
      [{ text: 42 }, 'text must be a string'],
      [{ text: 'Hi', voice: 'a voice' }, 'voice must match /^[A-Za-z0-9_-]+$/ regular expression'],
      [{ text: 'Hi', speed: 2 }, 'property speed should not exist'],
    ])('should refuse %j with 400 and a clear message', async (body, message) => {
      const response = await ctx.speak(body).expect(400);
      expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request', message });
    });

    it('should document both routes, the audio types and the 204 in the OpenAPI document', async () => {
      const docs = await request(ctx.app.getHttpServer()).get('/api/docs-json').expect(200);
      const speak = docs.body.paths['/api/v1/tts'].post;
      expect(Object.keys(speak.responses['200'].content)).toEqual(['audio/wav', 'audio/mpeg']);
      expect(speak.responses).toHaveProperty('204');
      expect(speak.responses).toHaveProperty('429');
      expect(speak.security).toEqual([{ bearer: [] }]);
      expect(docs.body.paths['/api/v1/tts/status'].get.responses['200']).toBeDefined();
    });

    it('should accept exactly 2,000 characters', async () => {
      const text = `${QUESTION} `.repeat(40).slice(0, 2000);
      const response = await asBinary(ctx.speak({ text })).expect(200);
      expect(wavSeconds(binary(response))).toBeGreaterThan(60);
    });

    it('should answer 429 with Retry-After past the per-user limit, other users unaffected', async () => {
      const { token } = await registerVerifiedUser(ctx.app);
      const user = authHeader(token);
      for (let i = 0; i < TTS_REQUESTS_PER_MINUTE; i++) {
        await ctx.speak({ text: 'Next question.' }, user).expect(200);
      }
      const limited = await ctx.speak({ text: 'Next question.' }, user).expect(429);
      expect(limited.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
      expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      await ctx.speak({ text: 'Next question.' }).expect(200);
    });
  });

  describe('with ElevenLabs first and the offline engine as fallback', () => {
    let ctx: Awaited<ReturnType<typeof startApp>>;

    beforeAll(async () => {
      ctx = await startApp({
        TTS_PRIMARY: 'elevenlabs',
        TTS_FALLBACK: 'offline',
        ELEVENLABS_API_KEY: 'sk-eleven-http-test',
        ELEVENLABS_BASE_URL: fake.baseUrl,
        ELEVENLABS_TIMEOUT_MS: '700',
        ELEVENLABS_MAX_RETRIES: '1',
      });
    });

    afterAll(async () => {
      await ctx.close();
    });

    beforeEach(() => {
      fake.reset();
    });

    it('should speak with ElevenLabs as MP3, then from the cache without calling it', async () => {
      const first = await asBinary(ctx.speak({ text: QUESTION })).expect(200);
      expect(first.headers['content-type']).toBe('audio/mpeg');
      expect(first.headers['x-tts-provider']).toBe('elevenlabs');
      expect(binary(first).equals(FakeElevenLabsServer.audioFor(QUESTION))).toBe(true);
      expect(fake.requests).toHaveLength(1);

      const again = await asBinary(ctx.speak({ text: QUESTION })).expect(200);
      expect(again.headers['x-tts-cache']).toBe('hit');
      expect(binary(again).equals(binary(first))).toBe(true);
      expect(fake.requests).toHaveLength(1);
    });

    it('should fall back to the offline engine when ElevenLabs refuses the key', async () => {
      fake.reset('unauthorized');
      const response = await asBinary(ctx.speak({ text: 'Tell me about yourself.' })).expect(200);
      expect(response.headers['x-tts-provider']).toBe('offline');
      expect(response.headers['content-type']).toBe('audio/wav');
      const status = await ctx.status();
      expect(status).toMatchObject({
        order: ['elevenlabs', 'offline', 'browser'],
        last_provider: 'offline',
      });
      expect(status.providers[1]).toMatchObject({
        name: 'elevenlabs',
        configured: true,
        last_error: 'HTTP 401 (unauthorized: check ELEVENLABS_API_KEY)',
      });
    });

    it('should fall back to the offline engine when ElevenLabs is slower than the timeout', async () => {
      fake.reset('slow');
      fake.delayMs = 3_000;
      const started = Date.now();
      const response = await ctx.speak({ text: 'What is a hash map?' }).expect(200);
      expect(response.headers['x-tts-provider']).toBe('offline');
      expect(Date.now() - started).toBeLessThan(2_500);
      expect((await ctx.status()).providers[1].last_error).toBe('timed out');
    });

    it('should stop calling a failing ElevenLabs for a while (circuit open)', async () => {
      fake.reset('unauthorized');
      await ctx.speak({ text: 'First question.' }).expect(200);
      const callsBefore = fake.requests.length;
      const response = await ctx.speak({ text: 'Second question.' }).expect(200);
      expect(response.headers['x-tts-provider']).toBe('offline');
      expect(fake.requests.length).toBe(callsBefore);
      expect((await ctx.status()).providers[1].last_error).toBe(
        'circuit open after repeated failures',
      );
    });

    it('should never write the ElevenLabs key to the logs', () => {
      expect(logs.text()).not.toContain('sk-eleven-http-test');
    });
  });

  describe('with ElevenLabs first and the browser as fallback', () => {
    let ctx: Awaited<ReturnType<typeof startApp>>;

    beforeAll(async () => {
      ctx = await startApp({
        TTS_PRIMARY: 'elevenlabs',
        TTS_FALLBACK: 'browser',
        ELEVENLABS_API_KEY: 'sk-eleven-http-test',
        ELEVENLABS_BASE_URL: fake.baseUrl,
        ELEVENLABS_MAX_RETRIES: '0',
      });
    });

    afterAll(async () => {
      await ctx.close();
    });

    it('should tell the web app to use the browser voice when ElevenLabs fails', async () => {
      fake.reset('rate-limited');
      const response = await ctx.speak({ text: QUESTION }).expect(204);
      expect(response.headers['x-tts-provider']).toBe('browser');
      expect(response.headers['content-type']).toBeUndefined();
      expect(response.text ?? '').toBe('');
      expect(await ctx.status()).toMatchObject({
        order: ['elevenlabs', 'browser'],
        last_provider: 'browser',
      });
    });
  });

  describe('with the browser as primary', () => {
    let ctx: Awaited<ReturnType<typeof startApp>>;

    beforeAll(async () => {
      ctx = await startApp({ TTS_PRIMARY: 'browser', TTS_FALLBACK: 'offline' });
    });

    afterAll(async () => {
      await ctx.close();
    });

    it('should answer 204 with X-Tts-Provider: browser and cache nothing', async () => {
      const response = await ctx.speak({ text: QUESTION }).expect(204);
      expect(response.headers['x-tts-provider']).toBe('browser');
      expect((await ctx.status()).cache.entries).toBe(0);
    });
  });
});
