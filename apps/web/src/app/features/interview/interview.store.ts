import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import {
  type InterviewDecision,
  type InterviewProgress,
  MESSAGE_MAX_CHARS,
  type SessionDetail,
  type SessionMessage,
  type TurnResponse,
} from '@interview-prep/contracts';
import { type Subscription, firstValueFrom } from 'rxjs';
import { SessionsApi, newClientMessageId } from '../../core/api/sessions.api';
import { TurnStreamClient } from '../../core/api/turn-stream.client';
import { AppError, asAppError } from '../../core/http/app-error';
import { DraftStorage, type PendingSend } from './draft.storage';

export type LoadState = 'loading' | 'ready' | 'error';

/** The phrases the quick-action buttons send: plain requests the interviewer understands. */
export const QUICK_ACTIONS = {
  hint: 'Could I get a hint, please?',
  repeat: 'Can you repeat the question?',
  skip: "Let's skip this question.",
} as const;
export type QuickAction = keyof typeof QUICK_ACTIONS;

/**
 * One interview on the page: the transcript, the reply streaming in, progress and timers, and the
 * candidate's draft, which is kept in localStorage until the API has confirmed the answer.
 * Provided by the interview page, so each visit starts clean.
 */
@Injectable()
export class InterviewStore {
  private readonly api = inject(SessionsApi);
  private readonly streams = inject(TurnStreamClient);
  private readonly drafts = inject(DraftStorage);
  private sessionId = '';
  private pending: PendingSend | null = null;
  private activeStream: Subscription | null = null;
  private destroyed = false;

  readonly session = signal<SessionDetail | null>(null);
  readonly messages = signal<readonly SessionMessage[]>([]);
  readonly progress = signal<InterviewProgress | null>(null);
  readonly lastDecision = signal<InterviewDecision | null>(null);
  readonly loadState = signal<LoadState>('loading');
  readonly loadError = signal<AppError | null>(null);
  readonly sending = signal(false);
  readonly sendError = signal<AppError | null>(null);
  /** The candidate's message on its way, shown before the API has stored it. */
  readonly pendingMessage = signal<string | null>(null);
  /** The interviewer's reply as it streams in; '' before the first word. */
  readonly streamingReply = signal<string | null>(null);
  readonly draft = signal('');
  readonly finalizing = signal(false);
  /** Client clock (ms) when `progress` arrived, and when the current question was asked. */
  readonly progressAt = signal(0);
  readonly questionStartedAt = signal<number | null>(null);

  /** Called with each new interviewer message (for reading it aloud). */
  onReply: ((message: SessionMessage) => void) | null = null;

  readonly phase = computed(() => this.progress()?.phase ?? this.session()?.phase ?? null);
  readonly finished = computed(
    () => this.session()?.status === 'completed' || this.phase() === 'finished',
  );
  readonly canSend = computed(
    () => this.loadState() === 'ready' && !this.sending() && !this.finished() && !this.finalizing(),
  );
  readonly lastInterviewerMessage = computed(() => {
    const list = this.messages();
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i].role === 'interviewer') {
        return list[i];
      }
    }
    return null;
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      this.activeStream?.unsubscribe();
    });
  }

  async load(sessionId: string): Promise<void> {
    this.sessionId = sessionId;
    this.loadState.set('loading');
    this.loadError.set(null);
    try {
      const detail = await firstValueFrom(this.api.get(sessionId));
      this.session.set(detail);
      this.messages.set(detail.messages);
      this.setProgress(detail.progress, detail);
      this.restoreDraft(detail.messages);
      if (detail.status === 'created') {
        const opening = await firstValueFrom(this.api.start(sessionId));
        this.session.update((s) => (s ? { ...s, status: 'in_progress' } : s));
        this.applyTurn(opening);
      }
      this.loadState.set('ready');
    } catch (error) {
      this.loadError.set(asAppError(error));
      this.loadState.set('error');
    }
  }

  updateDraft(text: string): void {
    this.draft.set(text);
    this.persist();
  }

  /** Adds dictated words to the end of the draft. */
  appendToDraft(text: string): void {
    const current = this.draft();
    const glue = current === '' || /\s$/.test(current) ? '' : ' ';
    this.updateDraft(current + glue + text);
  }

  /** Sends the draft; on failure it comes back into the box, with the same message id. */
  async sendDraft(): Promise<boolean> {
    const content = this.draft().trim();
    if (content === '' || !this.canSend()) {
      return false;
    }
    if (content.length > MESSAGE_MAX_CHARS) {
      this.sendError.set(
        new AppError(
          400,
          'Bad Request',
          `An answer can be at most ${MESSAGE_MAX_CHARS} characters; this one has ${content.length}. Shorten it or send it in parts.`,
        ),
      );
      return false;
    }
    const clientMessageId =
      this.pending?.content === content ? this.pending.clientMessageId : newClientMessageId();
    this.pending = { content, clientMessageId };
    this.draft.set('');
    this.persist();
    const ok = await this.deliver(content, clientMessageId);
    if (ok) {
      this.pending = null;
    } else {
      // Anything dictated meanwhile stays after it.
      const extra = this.draft().trim();
      this.draft.set(extra ? `${content}\n${extra}` : content);
    }
    this.persist();
    return ok;
  }

  /** Asks for a hint, the question again, or to skip: plain messages the interviewer understands. */
  async quickAction(action: QuickAction): Promise<boolean> {
    if (!this.canSend()) {
      return false;
    }
    return this.deliver(QUICK_ACTIONS[action], newClientMessageId());
  }

  /** Ends the interview and scores it. */
  async finalize(): Promise<boolean> {
    if (this.finalizing()) {
      return false;
    }
    this.finalizing.set(true);
    this.sendError.set(null);
    try {
      await firstValueFrom(this.api.finalize(this.sessionId));
      this.session.update((s) => (s ? { ...s, status: 'completed', phase: 'finished' } : s));
      return true;
    } catch (error) {
      this.sendError.set(asAppError(error));
      return false;
    } finally {
      this.finalizing.set(false);
    }
  }

  dismissError(): void {
    this.sendError.set(null);
  }

  private async deliver(content: string, clientMessageId: string): Promise<boolean> {
    this.sending.set(true);
    this.sendError.set(null);
    this.pendingMessage.set(content);
    this.streamingReply.set('');
    try {
      let turn: TurnResponse;
      try {
        turn = await this.streamTurn(content, clientMessageId);
      } catch (error) {
        const failure = asAppError(error);
        if (failure.statusCode !== 0 || this.destroyed) {
          throw failure;
        }
        // The connection broke: the answer may be stored. The same id returns the stored turn.
        this.streamingReply.set('');
        turn = await firstValueFrom(this.api.send(this.sessionId, content, clientMessageId));
      }
      this.applyTurn(turn);
      return true;
    } catch (error) {
      this.sendError.set(asAppError(error));
      return false;
    } finally {
      this.sending.set(false);
      this.pendingMessage.set(null);
      this.streamingReply.set(null);
    }
  }

  private streamTurn(content: string, clientMessageId: string): Promise<TurnResponse> {
    return new Promise<TurnResponse>((resolve, reject) => {
      let result: TurnResponse | null = null;
      this.activeStream = this.streams
        .stream(this.sessionId, { content, client_message_id: clientMessageId })
        .subscribe({
          next: (event) => {
            switch (event.type) {
              case 'token':
                this.streamingReply.update((text) => (text ?? '') + event.text);
                break;
              case 'replace':
                this.streamingReply.set(event.text);
                break;
              case 'done': {
                const { type: _type, ...turn } = event;
                result = turn;
                break;
              }
              case 'error':
                break;
            }
          },
          error: reject,
          complete: () =>
            result
              ? resolve(result)
              : reject(new AppError(0, 'Stream Interrupted', 'The reply was cut off.')),
        });
    });
  }

  private applyTurn(turn: TurnResponse): void {
    const added = [turn.candidate_message, turn.interviewer_message].filter(
      (m): m is SessionMessage => m !== null,
    );
    this.messages.update((list) => {
      const known = new Set(list.map((m) => m.id));
      return [...list, ...added.filter((m) => !known.has(m.id))].sort((a, b) => a.seq - b.seq);
    });
    const before = this.progress();
    this.progress.set(turn.progress);
    this.progressAt.set(Date.now());
    if (
      before === null ||
      before.question_number !== turn.progress.question_number ||
      turn.decision.kind === 'ask_question'
    ) {
      this.questionStartedAt.set(turn.progress.question_number > 0 ? Date.now() : null);
    }
    this.lastDecision.set(turn.decision);
    this.session.update((s) =>
      s
        ? {
            ...s,
            phase: turn.phase,
            status: s.status === 'created' ? 'in_progress' : s.status,
          }
        : s,
    );
    this.onReply?.(turn.interviewer_message);
  }

  /** Progress from a loaded session, and the timers worked out on the client's clock. */
  private setProgress(progress: InterviewProgress | null, detail: SessionDetail): void {
    const now = Date.now();
    this.progress.set(progress);
    this.progressAt.set(now);
    if (!progress || progress.question_number === 0 || !detail.started_at) {
      this.questionStartedAt.set(null);
      return;
    }
    // The server's "now" was started_at + elapsed: that gives the offset between the clocks.
    const serverNow = Date.parse(detail.started_at) + progress.elapsed_seconds * 1000;
    const offset = Number.isNaN(serverNow) ? 0 : serverNow - now;
    const asked = [...detail.messages]
      .reverse()
      .find((m) => m.role === 'interviewer' && m.kind === 'ask_question');
    const askedAt = asked ? Date.parse(asked.created_at) : NaN;
    this.questionStartedAt.set(Number.isNaN(askedAt) ? null : Math.min(now, askedAt - offset));
  }

  private restoreDraft(messages: readonly SessionMessage[]): void {
    const saved = this.drafts.load(this.sessionId);
    let pending = saved.pending;
    let text = saved.text;
    if (pending) {
      const lastAnswer = [...messages].reverse().find((m) => m.role === 'candidate');
      if (lastAnswer?.content.trim() === pending.content) {
        // The API got it after all: it is in the transcript, not in the box.
        if (text.trim() === pending.content) {
          text = '';
        }
        pending = null;
      } else if (text === '') {
        text = pending.content;
      }
    }
    this.pending = pending;
    this.draft.set(text);
    this.persist();
  }

  private persist(): void {
    if (this.sessionId) {
      this.drafts.save(this.sessionId, { text: this.draft(), pending: this.pending });
    }
  }
}
