import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeLlmMode =
  | 'ok'
  | 'slow'
  | 'error500'
  | 'rate-limit-once'
  | 'malformed-json'
  | 'cut-stream'
  | 'schema-violation';

export interface FakeLlmRequest {
  readonly path: string;
  readonly body: {
    model?: string;
    stream?: boolean;
    messages?: { role: string; content: string }[];
    response_format?: { type: string };
  };
  readonly authorization: string | undefined;
}

/**
 * An OpenAI-compatible chat-completions server on loopback, speaking the real HTTP protocol
 * (JSON and server-sent events), with the fault modes an LLM has in production.
 */
export class FakeLlmServer {
  mode: FakeLlmMode = 'ok';
  /** What the assistant says; JSON-mode requests get `jsonReply` instead. */
  reply = 'That is a solid start. What happens when the input is empty?';
  jsonReply: unknown = {};
  /** Delay before the first byte, for 'slow' and for streaming latency. */
  delayMs = 0;
  readonly requests: FakeLlmRequest[] = [];
  private readonly server: Server;
  private rateLimitedOnce = false;

  private constructor() {
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  static async start(): Promise<FakeLlmServer> {
    const fake = new FakeLlmServer();
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) {
      chunks.push(chunk as Buffer);
    }
    const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
    this.requests.push({ path: req.url ?? '', body, authorization: req.headers.authorization });

    if (req.url?.endsWith('/models')) {
      return this.json(res, 200, { object: 'list', data: [{ id: 'fake-model', object: 'model' }] });
    }
    if (this.mode === 'slow' || this.delayMs > 0) {
      await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    }
    switch (this.mode) {
      case 'error500':
        return this.json(res, 500, { error: { message: 'internal error', type: 'server_error' } });
      case 'rate-limit-once':
        if (!this.rateLimitedOnce) {
          this.rateLimitedOnce = true;
          res.setHeader('Retry-After', '1');
          return this.json(res, 429, { error: { message: 'rate limited', type: 'rate_limit' } });
        }
        break;
      case 'malformed-json':
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end('{"choices": [ {"message": ');
        return;
      case 'ok':
      case 'slow':
      case 'cut-stream':
      case 'schema-violation':
        break;
    }
    const jsonMode = body.response_format?.type === 'json_object';
    const content = jsonMode
      ? JSON.stringify(this.mode === 'schema-violation' ? { nonsense: true } : this.jsonReply)
      : this.reply;
    return body.stream ? this.streamReply(res, content) : this.completion(res, content, body.model);
  }

  private completion(res: ServerResponse, content: string, model = 'fake-model'): void {
    this.json(res, 200, {
      id: 'chatcmpl-fake',
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model,
      choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
    });
  }

  private streamReply(res: ServerResponse, content: string): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
    const tokens = content.match(/\S+\s*/g) ?? [];
    const send = (delta: Record<string, string>, finish: string | null = null) =>
      res.write(
        `data: ${JSON.stringify({
          id: 'chatcmpl-fake',
          object: 'chat.completion.chunk',
          created: Math.floor(Date.now() / 1000),
          model: 'fake-model',
          choices: [{ index: 0, delta, finish_reason: finish }],
        })}\n\n`,
      );
    send({ role: 'assistant', content: '' });
    const upTo = this.mode === 'cut-stream' ? Math.ceil(tokens.length / 2) : tokens.length;
    tokens.slice(0, upTo).forEach((token) => send({ content: token }));
    if (this.mode === 'cut-stream') {
      // Let the first half reach the client, then drop the connection without [DONE].
      setTimeout(() => res.socket?.destroy(), 50);
      return;
    }
    send({}, 'stop');
    res.end('data: [DONE]\n\n');
  }

  private json(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  }
}
