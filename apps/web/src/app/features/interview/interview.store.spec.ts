import { TestBed } from '@angular/core/testing';
import type {
  InterviewProgress,
  SessionDetail,
  SessionMessage,
  TurnResponse,
  TurnStreamEvent,
} from '@interview-prep/contracts';
import { Observable, of, throwError } from 'rxjs';
import { SessionsApi } from '../../core/api/sessions.api';
import { TurnStreamClient } from '../../core/api/turn-stream.client';
import { AppError } from '../../core/http/app-error';
import { DraftStorage } from './draft.storage';
import { InterviewStore, QUICK_ACTIONS } from './interview.store';

const progress = (question_number: number): InterviewProgress => ({
  phase: question_number === 0 ? 'warmup' : 'questions',
  question_number,
  total_questions: 3,
  question_kind: question_number === 0 ? null : 'technical',
  follow_ups_on_question: 0,
  max_follow_ups: 2,
  hints_used_on_question: 0,
  difficulty: 'easy',
  elapsed_seconds: 60,
  duration_minutes: 45,
});

let seq = 0;
const message = (
  role: SessionMessage['role'],
  content: string,
  kind = 'answer',
): SessionMessage => ({
  id: `m${++seq}`,
  seq,
  role,
  kind,
  content,
  question_id: null,
  created_at: new Date().toISOString(),
});

const session = (
  messages: SessionMessage[],
  status: SessionDetail['status'] = 'in_progress',
): SessionDetail => ({
  id: 's1',
  track: 'swe_intern',
  company: 'google',
  difficulty: 'easy',
  status,
  phase: 'questions',
  settings: {
    max_questions: 3,
    behavioral_questions: 1,
    max_follow_ups: 2,
    duration_minutes: 45,
    warmup: true,
  },
  overall_score: null,
  score_source: null,
  parent_session_id: null,
  retry_question_id: null,
  created_at: new Date().toISOString(),
  started_at: new Date().toISOString(),
  finished_at: null,
  job_description: null,
  progress: status === 'created' ? null : progress(1),
  messages,
});

const turn = (answer: string | null, reply: string, n = 1): TurnResponse => ({
  candidate_message: answer === null ? null : message('candidate', answer),
  interviewer_message: message('interviewer', reply, 'follow_up'),
  phase: 'questions',
  progress: progress(n),
  decision: {
    kind: 'follow_up',
    reason: { code: 'depth_probe', detail: '', span: null },
    question_id: 'q1',
    selection: null,
  },
});

function streamOf(response: TurnResponse, words: string[]): Observable<TurnStreamEvent> {
  return of<TurnStreamEvent[]>(...words.map((text) => ({ type: 'token', text }) as const), {
    type: 'done',
    ...response,
  });
}

describe('InterviewStore', () => {
  let api: { get: jest.Mock; start: jest.Mock; send: jest.Mock; finalize: jest.Mock };
  let streams: { stream: jest.Mock };
  let store: InterviewStore;

  beforeEach(() => {
    localStorage.clear();
    api = { get: jest.fn(), start: jest.fn(), send: jest.fn(), finalize: jest.fn() };
    streams = { stream: jest.fn() };
    TestBed.configureTestingModule({
      providers: [
        InterviewStore,
        { provide: SessionsApi, useValue: api },
        { provide: TurnStreamClient, useValue: streams },
      ],
    });
    store = TestBed.inject(InterviewStore);
  });

  it('should start a session that is not started yet', async () => {
    api.get.mockReturnValue(of(session([], 'created')));
    api.start.mockReturnValue(of(turn(null, 'Hi, how are you?', 0)));
    await store.load('s1');
    expect(api.start).toHaveBeenCalledWith('s1');
    expect(store.messages().map((m) => m.content)).toEqual(['Hi, how are you?']);
    expect(store.session()?.status).toBe('in_progress');
    expect(store.loadState()).toBe('ready');
  });

  it('should show the loading error', async () => {
    api.get.mockReturnValue(throwError(() => new AppError(404, 'Not Found', 'Session not found')));
    await store.load('s1');
    expect(store.loadState()).toBe('error');
    expect(store.loadError()?.message).toBe('Session not found');
  });

  it('should stream the reply in and clear the draft once the answer is stored', async () => {
    api.get.mockReturnValue(of(session([message('interviewer', 'Question one?')])));
    await store.load('s1');
    const response = turn('My answer', 'Why that?', 1);
    const seen: (string | null)[] = [];
    streams.stream.mockImplementation(
      () =>
        new Observable<TurnStreamEvent>((subscriber) => {
          subscriber.next({ type: 'token', text: 'Why ' });
          seen.push(store.streamingReply());
          subscriber.next({ type: 'token', text: 'that?' });
          seen.push(store.streamingReply());
          subscriber.next({ type: 'done', ...response });
          subscriber.complete();
        }),
    );
    store.updateDraft('My answer');
    expect(await store.sendDraft()).toBe(true);
    expect(seen).toEqual(['Why ', 'Why that?']);
    expect(store.messages().map((m) => m.content)).toEqual([
      'Question one?',
      'My answer',
      'Why that?',
    ]);
    expect(store.draft()).toBe('');
    expect(TestBed.inject(DraftStorage).load('s1')).toEqual({ text: '', pending: null });
  });

  it('should give a failed answer back and resend it with the same message id', async () => {
    api.get.mockReturnValue(of(session([message('interviewer', 'Question one?')])));
    await store.load('s1');
    streams.stream.mockReturnValueOnce(
      throwError(() => new AppError(503, 'Service Unavailable', 'The server cannot be reached.')),
    );
    store.updateDraft('My answer');
    expect(await store.sendDraft()).toBe(false);
    expect(store.draft()).toBe('My answer');
    expect(store.sendError()?.statusCode).toBe(503);
    const saved = TestBed.inject(DraftStorage).load('s1');
    expect(saved.text).toBe('My answer');
    const firstId = saved.pending?.clientMessageId;
    expect(firstId).toBeTruthy();

    streams.stream.mockReturnValueOnce(streamOf(turn('My answer', 'Thanks.'), ['Thanks.']));
    expect(await store.sendDraft()).toBe(true);
    expect(streams.stream.mock.calls[1][1]).toEqual({
      content: 'My answer',
      client_message_id: firstId,
    });
    expect(store.sendError()).toBeNull();
  });

  it('should ask for the stored turn with the same id when the stream breaks', async () => {
    api.get.mockReturnValue(of(session([message('interviewer', 'Question one?')])));
    await store.load('s1');
    streams.stream.mockReturnValue(
      throwError(() => new AppError(0, 'Stream Interrupted', 'cut off')),
    );
    api.send.mockReturnValue(of(turn('My answer', 'Stored reply')));
    store.updateDraft('My answer');
    expect(await store.sendDraft()).toBe(true);
    const clientId = (streams.stream.mock.calls[0][1] as { client_message_id: string })
      .client_message_id;
    expect(api.send).toHaveBeenCalledWith('s1', 'My answer', clientId);
    expect(store.messages().at(-1)?.content).toBe('Stored reply');
  });

  it('should restore an unsent draft after a reload, unless the API got it after all', async () => {
    const drafts = TestBed.inject(DraftStorage);
    drafts.save('s1', { text: 'Half an answer', pending: null });
    api.get.mockReturnValue(of(session([message('interviewer', 'Question one?')])));
    await store.load('s1');
    expect(store.draft()).toBe('Half an answer');

    drafts.save('s1', {
      text: 'Sent answer',
      pending: { content: 'Sent answer', clientMessageId: 'c9' },
    });
    api.get.mockReturnValue(
      of(session([message('interviewer', 'Question one?'), message('candidate', 'Sent answer')])),
    );
    await store.load('s1');
    expect(store.draft()).toBe('');
    expect(drafts.load('s1')).toEqual({ text: '', pending: null });
  });

  it('should send quick actions as plain requests without touching the draft', async () => {
    api.get.mockReturnValue(of(session([message('interviewer', 'Question one?')])));
    await store.load('s1');
    store.updateDraft('Keep me');
    streams.stream.mockReturnValue(
      streamOf(turn(QUICK_ACTIONS.hint, 'Think about a hash map.'), ['Think']),
    );
    expect(await store.quickAction('hint')).toBe(true);
    expect((streams.stream.mock.calls[0][1] as { content: string }).content).toBe(
      'Could I get a hint, please?',
    );
    expect(store.draft()).toBe('Keep me');
  });

  it('should refuse an answer over the length limit before sending it', async () => {
    api.get.mockReturnValue(of(session([message('interviewer', 'Question one?')])));
    await store.load('s1');
    store.updateDraft('x'.repeat(8001));
    expect(await store.sendDraft()).toBe(false);
    expect(streams.stream).not.toHaveBeenCalled();
    expect(store.sendError()?.statusCode).toBe(400);
  });

  it('should mark the session completed once finalized', async () => {
    api.get.mockReturnValue(of(session([message('interviewer', 'Question one?')])));
    await store.load('s1');
    api.finalize.mockReturnValue(of({}));
    expect(await store.finalize()).toBe(true);
    expect(store.finished()).toBe(true);
    expect(store.canSend()).toBe(false);
  });
});
