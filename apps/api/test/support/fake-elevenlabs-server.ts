import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeElevenLabsMode =
  | 'ok'
  | 'unauthorized'
  | 'rate-limited'
  | 'rate-limit-once'
  | 'error500-once'
  | 'slow'
  | 'not-audio';

export interface FakeElevenLabsRequest {
  readonly method: string;
  readonly path: string;
  readonly apiKey: string | undefined;
  readonly accept: string | undefined;
  readonly body: { text?: string; model_id?: string };
}

/**
 * ElevenLabs' text-to-speech endpoint on loopback, speaking the real HTTP protocol: it answers
 * `POST /v1/text-to-speech/{voice_id}` with MP3-like bytes (an ID3 tag, then frames), or with the
 * failures the real service has (401 for a bad key, 429 with Retry-After, 500, a slow answer).
 */
export class FakeElevenLabsServer {
  mode: FakeElevenLabsMode = 'ok';
  /** Delay before answering in 'slow' mode. */
  delayMs = 2_000;
  /** Retry-After sent with 429, in seconds. */
  retryAfterSeconds = 0;
  readonly requests: FakeElevenLabsRequest[] = [];
  private readonly server: Server;
  private failedOnce = false;

  private constructor() {
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  static async start(): Promise<FakeElevenLabsServer> {
    const fake = new FakeElevenLabsServer();
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Back to answering, with no requests recorded. */
  reset(mode: FakeElevenLabsMode = 'ok'): void {
    this.mode = mode;
    this.failedOnce = false;
    this.retryAfterSeconds = 0;
    this.requests.length = 0;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The audio the fake answers for a text: the same bytes for the same text. */
  static audioFor(text: string): Buffer {
    const id3 = Buffer.from([0x49, 0x44, 0x33, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]);
    const frameHeader = Buffer.from([0xff, 0xfb, 0x90, 0x64]);
    const payload = createHash('sha256').update(text).digest();
    return Buffer.concat([id3, frameHeader, payload, frameHeader, payload]);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) {
      chunks.push(chunk as Buffer);
    }
    const raw = Buffer.concat(chunks).toString('utf8');
    const body = raw ? (JSON.parse(raw) as FakeElevenLabsRequest['body']) : {};
    this.requests.push({
      method: req.method ?? '',
      path: req.url ?? '',
      apiKey: header(req, 'xi-api-key'),
      accept: header(req, 'accept'),
      body,
    });

    if (req.method !== 'POST' || !/^\/v1\/text-to-speech\/[^/]+$/.test(req.url ?? '')) {
      return this.json(res, 404, { detail: { status: 'not_found', message: 'Not found' } });
    }
    switch (this.mode) {
      case 'unauthorized':
        return this.json(res, 401, {
          detail: { status: 'invalid_api_key', message: 'Invalid API key' },
        });
      case 'rate-limited':
        return this.rateLimited(res);
      case 'rate-limit-once':
        if (!this.failedOnce) {
          this.failedOnce = true;
          return this.rateLimited(res);
        }
        break;
      case 'error500-once':
        if (!this.failedOnce) {
          this.failedOnce = true;
          return this.json(res, 500, { detail: { status: 'internal_error', message: 'Oops' } });
        }
        break;
      case 'slow':
        await new Promise((resolve) => setTimeout(resolve, this.delayMs));
        break;
      case 'not-audio':
        return this.json(res, 200, { detail: 'this is not audio' });
      case 'ok':
        break;
    }
    if (res.destroyed) {
      return;
    }
    res.writeHead(200, { 'Content-Type': 'audio/mpeg' });
    res.end(FakeElevenLabsServer.audioFor(body.text ?? ''));
  }

  private rateLimited(res: ServerResponse): void {
    res.setHeader('Retry-After', String(this.retryAfterSeconds));
    this.json(res, 429, {
      detail: { status: 'too_many_concurrent_requests', message: 'Too many requests' },
    });
  }

  private json(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
