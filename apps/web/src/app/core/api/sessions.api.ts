import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  Company,
  CreateSessionRequest,
  InterviewResults,
  Page,
  SessionDetail,
  SessionStatus,
  SessionSummary,
  SessionTrack,
  TurnResponse,
} from '@interview-prep/contracts';
import type { Observable } from 'rxjs';
import { apiUrl } from './api-url';

export interface SessionListFilter {
  readonly track?: SessionTrack | null;
  readonly company?: Company | null;
  readonly status?: SessionStatus | null;
  readonly page?: number;
  readonly page_size?: number;
}

/** A random id for a message, so that a retried post is not stored twice. */
export function newClientMessageId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  return `m-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

@Injectable({ providedIn: 'root' })
export class SessionsApi {
  private readonly http = inject(HttpClient);

  create(request: CreateSessionRequest): Observable<SessionSummary> {
    return this.http.post<SessionSummary>(apiUrl('sessions'), request);
  }

  list(filter: SessionListFilter = {}): Observable<Page<SessionSummary>> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(filter)) {
      if (value !== null && value !== undefined && value !== '') {
        params = params.set(key, String(value));
      }
    }
    return this.http.get<Page<SessionSummary>>(apiUrl('sessions'), { params });
  }

  get(id: string): Observable<SessionDetail> {
    return this.http.get<SessionDetail>(apiUrl(`sessions/${id}`));
  }

  remove(id: string): Observable<void> {
    return this.http.delete<void>(apiUrl(`sessions/${id}`));
  }

  /** The opening; idempotent. */
  start(id: string): Observable<TurnResponse> {
    return this.http.post<TurnResponse>(apiUrl(`sessions/${id}/start`), {});
  }

  send(id: string, content: string, clientMessageId: string): Observable<TurnResponse> {
    return this.http.post<TurnResponse>(apiUrl(`sessions/${id}/message`), {
      content,
      client_message_id: clientMessageId,
    });
  }

  finalize(id: string): Observable<InterviewResults> {
    return this.http.post<InterviewResults>(apiUrl(`sessions/${id}/finalize`), {});
  }

  /** A new one-question session that re-asks `questionId`; start it to begin. */
  retryQuestion(id: string, questionId: string): Observable<SessionSummary> {
    return this.http.post<SessionSummary>(
      apiUrl(`sessions/${id}/questions/${encodeURIComponent(questionId)}/retry`),
      {},
    );
  }
}
