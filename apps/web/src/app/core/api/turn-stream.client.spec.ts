import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { TurnStreamEvent } from '@interview-prep/contracts';
import { firstValueFrom, toArray } from 'rxjs';
import { LOGIN } from '../../../testing/auth-fixtures';
import { AuthStore } from '../auth/auth.store';
import { AppError } from '../http/app-error';
import { ConnectivityStore } from '../http/connectivity.store';
import { FETCH, TurnStreamClient } from './turn-stream.client';

/** A fetch Response with a body that hands out the given chunks, as a network would. */
function streamResponse(chunks: string[], status = 200, text = ''): Response {
  const encoder = new TextEncoder();
  let i = 0;
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText: '',
    headers: { get: () => null },
    text: async () => text,
    body: {
      getReader: () => ({
        read: async () =>
          i < chunks.length
            ? { done: false, value: encoder.encode(chunks[i++]) }
            : { done: true, value: undefined },
        cancel: async () => undefined,
      }),
    },
  } as unknown as Response;
}

const DONE = {
  type: 'done',
  candidate_message: null,
  interviewer_message: {
    id: 'm2',
    seq: 2,
    role: 'interviewer',
    kind: 'follow_up',
    content: 'Hello there',
    question_id: null,
    created_at: '',
  },
  phase: 'questions',
  progress: {},
  decision: {},
};

describe('TurnStreamClient', () => {
  let fetchMock: jest.Mock;

  beforeEach(() => {
    localStorage.clear();
    fetchMock = jest.fn();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: FETCH, useValue: fetchMock }],
    });
    TestBed.inject(AuthStore).signIn(LOGIN);
    jest.spyOn(TestBed.inject(ConnectivityStore), 'recheck').mockImplementation(() => undefined);
  });

  afterEach(() => TestBed.inject(ConnectivityStore).reportUp());

  it('should post with the bearer token and emit the events until done', async () => {
    fetchMock.mockResolvedValue(
      streamResponse([
        'event: token\ndata: {"type":"token","text":"Hel',
        'lo "}\n\nevent: token\ndata: {"type":"token","text":"there"}\n\n',
        `event: done\ndata: ${JSON.stringify(DONE)}\n\n`,
      ]),
    );
    const events = await firstValueFrom(
      TestBed.inject(TurnStreamClient)
        .stream('s1', { content: 'My answer', client_message_id: 'c1' })
        .pipe(toArray()),
    );
    expect(events.map((e: TurnStreamEvent) => e.type)).toEqual(['token', 'token', 'done']);
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/api/v1/sessions/s1/message/stream');
    expect((init.headers as Record<string, string>)['Authorization']).toBe('Bearer token-1');
    expect(JSON.parse(init.body as string)).toEqual({
      content: 'My answer',
      client_message_id: 'c1',
    });
  });

  it('should fail with the API error when the request is refused before streaming', async () => {
    fetchMock.mockResolvedValue(
      streamResponse(
        [],
        409,
        JSON.stringify({
          statusCode: 409,
          error: 'Conflict',
          message: 'The session is finished and read-only',
        }),
      ),
    );
    await expect(
      firstValueFrom(
        TestBed.inject(TurnStreamClient).stream('s1', { content: 'x', client_message_id: 'c1' }),
      ),
    ).rejects.toMatchObject({ statusCode: 409, message: 'The session is finished and read-only' });
  });

  it('should fail as interrupted when the stream ends before done', async () => {
    fetchMock.mockResolvedValue(
      streamResponse(['event: token\ndata: {"type":"token","text":"Hi"}\n\n']),
    );
    const error = await firstValueFrom(
      TestBed.inject(TurnStreamClient)
        .stream('s1', { content: 'x', client_message_id: 'c1' })
        .pipe(toArray()),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).error).toBe('Stream Interrupted');
  });

  it('should report the server down when fetch cannot connect', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(
      firstValueFrom(
        TestBed.inject(TurnStreamClient).stream('s1', { content: 'x', client_message_id: 'c1' }),
      ),
    ).rejects.toMatchObject({ statusCode: 0 });
    expect(TestBed.inject(ConnectivityStore).isDown()).toBe(true);
  });
});
