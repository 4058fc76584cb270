import { HttpService } from '@nestjs/axios';
import { ConfigService } from '@nestjs/config';
import axios from 'axios';
import { mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WaveFile } from 'wavefile';
import { appConfig } from '../src/config/app.config';
import { ttsConfig } from '../src/config/tts.config';
import { ElevenLabsClient } from '../src/tts/elevenlabs/elevenlabs.client';
import { FliteEngine } from '../src/tts/offline/flite-engine';
import { SpeechProviderError } from '../src/tts/speech-provider';
import { TtsCache } from '../src/tts/tts-cache';
import { setEnv } from './support/env';
import { FakeElevenLabsServer } from './support/fake-elevenlabs-server';
import { captureLogs, type LogCapture } from './support/log-capture';

/** The config the app would read from these environment variables. */
function configFrom(env: Record<string, string | undefined>) {
  const restore = setEnv(env);
  try {
    return new ConfigService({ tts: ttsConfig(), app: appConfig() }) as never;
  } finally {
    restore();
  }
}

interface WaveFormat {
  audioFormat: number;
  numChannels: number;
  sampleRate: number;
  bitsPerSample: number;
  byteRate: number;
}

/** Parses a WAV file (wavefile) and gives its format, duration and loudest sample. */
function inspectWav(bytes: Buffer) {
  const wave = new WaveFile(bytes);
  const format = wave.fmt as WaveFormat;
  const dataBytes = (wave.data as { chunkSize: number }).chunkSize;
  const samples = wave.getSamples(false, Int16Array) as unknown as Int16Array;
  return {
    container: wave.container,
    format,
    seconds: dataBytes / format.byteRate,
    peak: samples.reduce((max, sample) => Math.max(max, Math.abs(sample)), 0),
  };
}

const SENTENCE = 'Tell me about a time you disagreed with a teammate and how you resolved it.';
const SECRET_KEY = 'sk-eleven-test-0123456789abcdef';

describe('The ElevenLabs client against a fake ElevenLabs server', () => {
  let fake: FakeElevenLabsServer;
  let logs: LogCapture;

  beforeAll(async () => {
    fake = await FakeElevenLabsServer.start();
  });

  afterAll(async () => {
    await fake.stop();
  });

  beforeEach(() => {
    fake.reset();
    logs = captureLogs();
  });

  afterEach(() => {
    logs.restore();
  });

  const client = (extra: Record<string, string> = {}) =>
    new ElevenLabsClient(
      new HttpService(axios.create()),
      configFrom({
        ELEVENLABS_API_KEY: SECRET_KEY,
        ELEVENLABS_BASE_URL: fake.baseUrl,
        ELEVENLABS_VOICE_ID: 'EXAVITQu4vr4xnSDxMaL',
        ELEVENLABS_MODEL_ID: 'eleven_turbo_v2_5',
        ELEVENLABS_TIMEOUT_MS: '1000',
        ELEVENLABS_MAX_RETRIES: '2',
        ...extra,
      }),
    );

  const failure = async (promise: Promise<unknown>): Promise<string> => {
    const error = await promise.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(SpeechProviderError);
    return (error as Error).message;
  };

  it('should post the text and model with the key and return the MP3 bytes', async () => {
    const elevenLabs = client();
    const speech = await elevenLabs.synthesize(SENTENCE, elevenLabs.voiceFor(undefined));
    expect(speech.contentType).toBe('audio/mpeg');
    expect(speech.audio.equals(FakeElevenLabsServer.audioFor(SENTENCE))).toBe(true);
    expect(fake.requests).toEqual([
      {
        method: 'POST',
        path: '/v1/text-to-speech/EXAVITQu4vr4xnSDxMaL',
        apiKey: SECRET_KEY,
        accept: 'audio/mpeg',
        body: { text: SENTENCE, model_id: 'eleven_turbo_v2_5' },
      },
    ]);
  });

  it('should take a requested ElevenLabs voice id and ignore an offline voice name', () => {
    const elevenLabs = client();
    expect(elevenLabs.voiceFor('AZnzlk1XvdvUeBnXmlld')).toBe('AZnzlk1XvdvUeBnXmlld');
    expect(elevenLabs.voiceFor('slt')).toBe('EXAVITQu4vr4xnSDxMaL');
  });

  it('should not be configured, nor call anyone, without a key', async () => {
    const elevenLabs = client({ ELEVENLABS_API_KEY: '' });
    expect(elevenLabs.configured).toBe(false);
    await failure(elevenLabs.synthesize(SENTENCE, elevenLabs.defaultVoice));
    expect(fake.requests).toHaveLength(0);
  });

  it('should fail at once on 401, without retrying and without the key in the error or logs', async () => {
    fake.reset('unauthorized');
    const message = await failure(client().synthesize(SENTENCE, 'EXAVITQu4vr4xnSDxMaL'));
    expect(message).toBe('HTTP 401 (unauthorized: check ELEVENLABS_API_KEY)');
    expect(fake.requests).toHaveLength(1);
    expect(logs.text()).not.toContain(SECRET_KEY);
  });

  it('should retry a 429 and a 500 with backoff, then return the audio', async () => {
    fake.reset('rate-limit-once');
    await expect(client().synthesize(SENTENCE, 'EXAVITQu4vr4xnSDxMaL')).resolves.toMatchObject({
      contentType: 'audio/mpeg',
    });
    expect(fake.requests).toHaveLength(2);

    fake.reset('error500-once');
    await expect(client().synthesize(SENTENCE, 'EXAVITQu4vr4xnSDxMaL')).resolves.toBeDefined();
    expect(fake.requests).toHaveLength(2);
    expect(logs.text()).toContain('HTTP 500; retry 1');
    expect(logs.text()).not.toContain(SECRET_KEY);
  });

  it('should give up after its retries when the 429s go on', async () => {
    fake.reset('rate-limited');
    const elevenLabs = client({ ELEVENLABS_TIMEOUT_MS: '5000' });
    const message = await failure(elevenLabs.synthesize(SENTENCE, 'EXAVITQu4vr4xnSDxMaL'));
    expect(message).toBe('HTTP 429 (rate limited)');
    expect(fake.requests).toHaveLength(3);
  });

  it('should stop retrying when the timeout, which covers the whole call, runs out', async () => {
    fake.reset('rate-limited');
    const started = Date.now();
    await failure(
      client({ ELEVENLABS_TIMEOUT_MS: '500' }).synthesize(SENTENCE, 'EXAVITQu4vr4xnSDxMaL'),
    );
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(fake.requests.length).toBeLessThan(3);
  });

  it('should not wait for a 429 that asks for a long pause', async () => {
    fake.reset('rate-limited');
    fake.retryAfterSeconds = 60;
    const started = Date.now();
    await failure(client().synthesize(SENTENCE, 'EXAVITQu4vr4xnSDxMaL'));
    expect(fake.requests).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('should give up on a slow server after the timeout, without retrying', async () => {
    fake.reset('slow');
    fake.delayMs = 3_000;
    const started = Date.now();
    const message = await failure(
      client({ ELEVENLABS_TIMEOUT_MS: '500' }).synthesize(SENTENCE, 'EXAVITQu4vr4xnSDxMaL'),
    );
    expect(message).toBe('timed out');
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(fake.requests).toHaveLength(1);
  });

  it('should refuse an answer that is not audio', async () => {
    fake.reset('not-audio');
    const message = await failure(client().synthesize(SENTENCE, 'EXAVITQu4vr4xnSDxMaL'));
    expect(message).toBe('unexpected answer (application/json)');
  });

  it('should report a server that cannot be reached as a network error', async () => {
    const elevenLabs = client({
      ELEVENLABS_BASE_URL: 'http://127.0.0.1:9',
      ELEVENLABS_MAX_RETRIES: '0',
    });
    const message = await failure(elevenLabs.synthesize(SENTENCE, 'EXAVITQu4vr4xnSDxMaL'));
    expect(message).toBe('network error (ECONNREFUSED)');
  });

  it('should open its circuit after repeated failures and stop calling', async () => {
    fake.reset('unauthorized');
    const elevenLabs = client();
    for (let i = 0; i < 3; i++) {
      await failure(elevenLabs.synthesize(SENTENCE, 'EXAVITQu4vr4xnSDxMaL'));
    }
    expect(fake.requests).toHaveLength(3);
    fake.reset('ok');
    const message = await failure(elevenLabs.synthesize(SENTENCE, 'EXAVITQu4vr4xnSDxMaL'));
    expect(message).toBe('circuit open after repeated failures');
    expect(fake.requests).toHaveLength(0);
  });
});

describe('The offline engine (Flite compiled to WebAssembly)', () => {
  const engine = new FliteEngine(configFrom({}));
  let logs: LogCapture;

  beforeAll(() => {
    logs = captureLogs();
  });

  afterAll(() => {
    logs.restore();
  });

  it('should speak real audio: a mono 16-bit WAV that is not silence', async () => {
    const speech = await engine.synthesize(SENTENCE, engine.defaultVoice);
    expect(speech.contentType).toBe('audio/wav');
    const wav = inspectWav(speech.audio);
    expect(wav.container).toBe('RIFF');
    expect(wav.format).toMatchObject({
      audioFormat: 1,
      numChannels: 1,
      sampleRate: 16_000,
      bitsPerSample: 16,
    });
    // About 4 s for a 14-word question at a speaking pace.
    expect(wav.seconds).toBeGreaterThan(2.5);
    expect(wav.seconds).toBeLessThan(8);
    expect(wav.peak).toBeGreaterThan(3_000);
  });

  it('should make audio whose duration grows with the text', async () => {
    const seconds = async (text: string) =>
      inspectWav((await engine.synthesize(text, 'kal16')).audio).seconds;
    const one = await seconds('Hello.');
    const sentence = await seconds(SENTENCE);
    const three = await seconds(`${SENTENCE} ${SENTENCE} ${SENTENCE}`);
    expect(one).toBeLessThan(sentence);
    expect(three).toBeGreaterThan(sentence * 2.5);
    expect(three).toBeLessThan(sentence * 3.5);
  });

  it('should speak the longest text allowed (2,000 characters) as one WAV', async () => {
    const text = `${SENTENCE} `.repeat(30).slice(0, 2_000);
    const wav = inspectWav((await engine.synthesize(text, 'kal16')).audio);
    expect(wav.format.sampleRate).toBe(16_000);
    expect(wav.seconds).toBeGreaterThan(90);
    expect(wav.seconds).toBeLessThan(150);
  });

  it('should use a requested offline voice and ignore anything else', async () => {
    expect(engine.voiceFor('slt')).toBe('slt');
    expect(engine.voiceFor('EXAVITQu4vr4xnSDxMaL')).toBe('kal16');
    expect(engine.voiceFor(undefined)).toBe('kal16');
    const kal = await engine.synthesize(SENTENCE, 'kal16');
    const slt = await engine.synthesize(SENTENCE, 'slt');
    expect(kal.audio.equals(slt.audio)).toBe(false);
  });

  it('should speak punctuation-heavy and non-English text without failing', async () => {
    const speech = await engine.synthesize(
      'O(n log n) -- "quick"; <b>sort</b> & café, 日本!',
      'kal16',
    );
    expect(inspectWav(speech.audio).seconds).toBeGreaterThan(0.5);
  });
});

describe('The audio cache on disk', () => {
  let logs: LogCapture;

  beforeAll(() => {
    logs = captureLogs();
  });

  afterAll(() => {
    logs.restore();
  });

  const MB = 1024 * 1024;
  const audio = (fill: number, size = 400 * 1024) => ({
    audio: Buffer.alloc(size, fill),
    contentType: 'audio/wav' as const,
  });
  const key = (text: string) => ({ provider: 'offline', voice: 'kal16', text });

  const openCache = async (dataDir: string, maxMb = '1') => {
    const cache = new TtsCache(configFrom({ DATA_DIR: dataDir, TTS_CACHE_MAX_MB: maxMb }));
    await cache.onModuleInit();
    return cache;
  };
  const files = (dataDir: string) => readdirSync(join(dataDir, 'tts-cache')).sort();

  it('should return what was stored for the same provider, voice and text only', async () => {
    const cache = await openCache(mkdtempSync(join(tmpdir(), 'tts-cache-')));
    await cache.set(key('hello'), audio(1));
    expect((await cache.get(key('hello')))?.audio.equals(audio(1).audio)).toBe(true);
    expect(await cache.get(key('Hello'))).toBeNull();
    expect(await cache.get({ ...key('hello'), voice: 'slt' })).toBeNull();
    expect(await cache.get({ ...key('hello'), provider: 'elevenlabs' })).toBeNull();
    expect(cache.status()).toEqual({ entries: 1, bytes: 400 * 1024, max_bytes: MB });
  });

  it('should evict the least recently used audio, file included, past its size', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tts-cache-'));
    const cache = await openCache(dataDir);
    await cache.set(key('a'), audio(1));
    await cache.set(key('b'), audio(2));
    await cache.get(key('a'));
    await cache.set(key('c'), audio(3));
    expect(await cache.get(key('b'))).toBeNull();
    expect(await cache.get(key('a'))).not.toBeNull();
    expect(await cache.get(key('c'))).not.toBeNull();
    expect(cache.status()).toMatchObject({ entries: 2, bytes: 800 * 1024 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(files(dataDir)).toHaveLength(2);
  });

  it('should keep nothing larger than the whole cache, and nothing at all at size 0', async () => {
    const cache = await openCache(mkdtempSync(join(tmpdir(), 'tts-cache-')));
    await cache.set(key('huge'), audio(1, 2 * MB));
    expect(cache.status().entries).toBe(0);
    const off = await openCache(mkdtempSync(join(tmpdir(), 'tts-cache-')), '0');
    await off.set(key('a'), audio(1));
    expect(await off.get(key('a'))).toBeNull();
  });

  it('should survive a restart, least recently used first, and tidy up its temporary files', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tts-cache-'));
    const before = await openCache(dataDir);
    await before.set(key('old'), audio(1));
    await before.set(key('new'), audio(2));
    // Whatever the clock did: the file of 'old' was used two hours ago, that of 'new' one hour ago.
    const folder = join(dataDir, 'tts-cache');
    for (const name of files(dataDir)) {
      const hoursAgo = readFileSync(join(folder, name))[0] === 1 ? 2 : 1;
      const time = Date.now() / 1000 - hoursAgo * 3600;
      utimesSync(join(folder, name), time, time);
    }
    writeFileSync(join(folder, 'notes.txt'), 'not ours');
    writeFileSync(join(folder, `${'0'.repeat(64)}.wav.tmp-1a2b`), 'half written');

    const after = await openCache(dataDir);
    expect(after.status()).toMatchObject({ entries: 2, bytes: 800 * 1024 });
    expect(files(dataDir)).toContain('notes.txt');
    expect(files(dataDir).some((name) => name.includes('.tmp-'))).toBe(false);
    await after.set(key('third'), audio(3));
    expect(await after.get(key('old'))).toBeNull();
    expect((await after.get(key('new')))?.audio[0]).toBe(2);
  });
});
