import type { TurnResponse } from '@interview-prep/contracts';
import { randomUUID } from 'node:crypto';
import { parseEvents } from '../../support/sse';

export interface HttpResult {
  readonly status: number;
  readonly body: unknown;
  readonly text: string;
}

/** Every answer the suite saw, for the assertions: statuses, and each 5xx with its body. */
export class Recorder {
  readonly statuses = new Map<number, number>();
  readonly serverErrors: { method: string; path: string; status: number; text: string }[] = [];
  readonly networkErrors: string[] = [];
  /** Error answers that were not in the one error shape. */
  readonly badShapes: { path: string; status: number; text: string }[] = [];

  record(method: string, path: string, result: HttpResult): void {
    this.statuses.set(result.status, (this.statuses.get(result.status) ?? 0) + 1);
    if (result.status >= 500) {
      this.serverErrors.push({
        method,
        path,
        status: result.status,
        text: result.text.slice(0, 500),
      });
    }
    if (result.status >= 400 && !isErrorShape(result.body, result.status)) {
      this.badShapes.push({ path, status: result.status, text: result.text.slice(0, 300) });
    }
  }

  count(predicate: (status: number) => boolean): number {
    return [...this.statuses].reduce((sum, [status, n]) => (predicate(status) ? sum + n : sum), 0);
  }
}

/** `{ statusCode, error, message, details? }` with the response's status. */
export function isErrorShape(body: unknown, status: number): boolean {
  if (typeof body !== 'object' || body === null) {
    return false;
  }
  const { statusCode, error, message } = body as Record<string, unknown>;
  return statusCode === status && typeof error === 'string' && typeof message === 'string';
}

export async function http(
  baseUrl: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; timeoutMs?: number } = {},
): Promise<HttpResult> {
  const response = await fetch(`${baseUrl}/api/v1/${path}`, {
    method,
    headers: {
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // an event stream, or not JSON
  }
  return { status: response.status, body, text };
}

export const ANSWERS = [
  "I'm doing well, thank you! Ready when you are.",
  'I would first clarify the input size and edge cases such as an empty input and duplicates. Then I would use ' +
    'a hash map, walking the input once, so time is O(n) and space is O(n); sorting first would be O(n log n).',
  'In my internship our team had a deadline in two weeks (situation). I owned the retry feature (task). I split ' +
    'it into milestones and paired with a senior engineer (action). We shipped early and failures dropped 30% (result).',
  "I'm not sure. Maybe a loop?",
];

export interface CandidateOptions {
  /** Which API process serves each request (two processes: alternate them). */
  readonly api: (turn: number) => string;
  readonly token: string;
  readonly recorder: Recorder;
  /** Answer through POST /message/stream on every other turn. */
  readonly stream?: boolean;
  /** Retry 503s and network errors with the same client_message_id (the outage test). */
  readonly retryUnavailable?: boolean;
  /** Re-send some messages with the same client_message_id, as a client whose reply got lost. */
  readonly resend?: boolean;
  readonly deadline: number;
}

/** What one interview left behind, to check against the database. */
export interface InterviewRecord {
  readonly sessionId: string;
  /** client_message_id -> the candidate message id the API acknowledged. */
  readonly acked: Map<string, string>;
  finished: boolean;
  finalized: boolean;
}

/** A candidate: create, start, answer until the interview is over (or time is up), finalize. */
export class Candidate {
  readonly interviews: InterviewRecord[] = [];

  constructor(private readonly options: CandidateOptions) {}

  /** Interviews one after another until the deadline. */
  async run(session: Record<string, unknown>): Promise<void> {
    while (Date.now() < this.options.deadline) {
      await this.interview(session);
    }
  }

  async interview(session: Record<string, unknown>): Promise<InterviewRecord | null> {
    let turn = 0;
    const created = await this.call('POST', 'sessions', turn, session);
    if (created?.status !== 201) {
      return null;
    }
    const sessionId = (created.body as { id: string }).id;
    const record: InterviewRecord = {
      sessionId,
      acked: new Map(),
      finished: false,
      finalized: false,
    };
    this.interviews.push(record);
    const started = await this.call('POST', `sessions/${sessionId}/start`, (turn += 1));
    if (started?.status !== 200) {
      return record;
    }
    while (!record.finished && Date.now() < this.options.deadline && turn < 80) {
      turn += 1;
      const clientId = randomUUID();
      const content = ANSWERS[turn % ANSWERS.length] ?? '';
      const reply = await this.answer(sessionId, turn, content, clientId);
      if (!reply) {
        return record;
      }
      if (this.options.resend && turn % 7 === 0) {
        const again = await this.answer(sessionId, turn + 1, content, clientId);
        if (again && again.candidate_message?.id !== reply.candidate_message?.id) {
          throw new Error(`A re-sent message was stored twice in ${sessionId}`);
        }
      }
      record.acked.set(clientId, reply.candidate_message?.id ?? '');
      record.finished = reply.phase === 'finished';
    }
    if (record.finished) {
      const finalized = await this.call('POST', `sessions/${sessionId}/finalize`, (turn += 1));
      record.finalized = finalized?.status === 200;
    }
    return record;
  }

  private async answer(
    sessionId: string,
    turn: number,
    content: string,
    clientId: string,
  ): Promise<TurnResponse | null> {
    const streamed = this.options.stream === true && turn % 2 === 0;
    const path = `sessions/${sessionId}/message${streamed ? '/stream' : ''}`;
    const result = await this.call('POST', path, turn, { content, client_message_id: clientId });
    if (result?.status !== 200) {
      return null;
    }
    let reply: TurnResponse;
    if (streamed) {
      const done = parseEvents(result.text).at(-1);
      if (done?.type !== 'done') {
        throw new Error(`A stream ended without done: ${result.text.slice(-300)}`);
      }
      reply = done;
    } else {
      reply = result.body as TurnResponse;
    }
    // Cross-talk between requests (another's parameters or rows) would show here first.
    if (reply.candidate_message?.content !== content) {
      throw new Error(`${sessionId} answered with another message: ${result.text.slice(0, 300)}`);
    }
    return reply;
  }

  /** One request, recorded; retried on 503 or a network error when the options say so. */
  private async call(
    method: string,
    path: string,
    turn: number,
    body?: unknown,
  ): Promise<HttpResult | null> {
    for (let attempt = 0; attempt < 60; attempt += 1) {
      try {
        const result = await http(this.options.api(turn + attempt), method, path, {
          token: this.options.token,
          body,
        });
        this.options.recorder.record(method, path, result);
        if (result.status === 503 && this.options.retryUnavailable) {
          await sleep(250);
          continue;
        }
        return result;
      } catch (error) {
        this.options.recorder.networkErrors.push(`${method} ${path}: ${String(error)}`);
        if (!this.options.retryUnavailable) {
          return null;
        }
        await sleep(250);
      }
    }
    return null;
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

/** Candidates interviewing at once, one per token; `session(i)` is what the i-th creates each time. */
export interface Crowd {
  readonly candidates: readonly Candidate[];
  /** Settles when every candidate has reached the deadline. */
  readonly running: Promise<void>;
}

export function startCrowd(
  tokens: readonly string[],
  options: Omit<CandidateOptions, 'token'>,
  session: (index: number) => Record<string, unknown>,
): Crowd {
  const candidates = tokens.map((token) => new Candidate({ ...options, token }));
  const running = Promise.all(candidates.map((candidate, i) => candidate.run(session(i)))).then(
    () => undefined,
  );
  return { candidates, running };
}
