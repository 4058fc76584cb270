import { Injectable, InjectionToken, inject } from '@angular/core';
import type { SendMessageRequest, TurnStreamEvent } from '@interview-prep/contracts';
import { Observable } from 'rxjs';
import { AuthStore } from '../auth/auth.store';
import { AppError, asAppError, toAppError } from '../http/app-error';
import { ConnectivityStore } from '../http/connectivity.store';
import { apiUrl } from './api-url';
import { SseParser, toTurnEvent } from './sse-parser';

/** The fetch to use; a test provides its own. */
export const FETCH = new InjectionToken<typeof fetch>('FETCH', {
  providedIn: 'root',
  factory: () => globalThis.fetch.bind(globalThis),
});

/**
 * POST /sessions/:id/message/stream read as server-sent events. HttpClient buffers the whole
 * body, so this uses fetch and a ReadableStream reader, with the bearer token and the same error
 * handling as the interceptors (one error shape, 401 to sign in, server-down banner).
 */
@Injectable({ providedIn: 'root' })
export class TurnStreamClient {
  private readonly fetch = inject(FETCH);
  private readonly auth = inject(AuthStore);
  private readonly connectivity = inject(ConnectivityStore);

  /**
   * The turn's events, completing after `done`. Errors with an AppError; unsubscribing aborts.
   * `error.statusCode === 0` with `sent` true means the answer may have been stored: retry it
   * with the same client_message_id.
   */
  stream(sessionId: string, body: SendMessageRequest): Observable<TurnStreamEvent> {
    return new Observable<TurnStreamEvent>((subscriber) => {
      const controller = new AbortController();
      const run = async () => {
        const token = this.auth.accessToken();
        const headers: Record<string, string> = {
          'Content-Type': 'application/json',
          Accept: 'text/event-stream',
        };
        if (token) {
          headers['Authorization'] = `Bearer ${token}`;
        }
        const response = await this.fetch(apiUrl(`sessions/${sessionId}/message/stream`), {
          method: 'POST',
          headers,
          body: JSON.stringify(body),
          signal: controller.signal,
        });
        if (!response.ok) {
          const error = toAppError(
            response.status,
            await response.text().catch(() => ''),
            response.headers.get('Retry-After'),
            response.statusText,
          );
          if (response.status === 401 && token) {
            this.auth.sessionExpired();
          }
          throw error;
        }
        this.connectivity.reportUp();
        if (!response.body) {
          throw new AppError(0, 'Stream Error', 'The reply could not be read.');
        }
        const reader = response.body.getReader();
        const decoder = new TextDecoder();
        const parser = new SseParser();
        let done = false;
        while (!done) {
          const chunk = await reader.read();
          if (chunk.done) {
            break;
          }
          for (const message of parser.push(decoder.decode(chunk.value, { stream: true }))) {
            const event = toTurnEvent(message);
            if (event === null) {
              continue;
            }
            if (event.type === 'error') {
              throw new AppError(event.statusCode, 'Stream Error', event.message);
            }
            subscriber.next(event);
            if (event.type === 'done') {
              done = true;
            }
          }
        }
        parser.push(decoder.decode());
        if (!done) {
          // The connection closed before `done`: the turn may be stored, ask again to get it.
          throw new AppError(0, 'Stream Interrupted', 'The reply was cut off.');
        }
        await reader.cancel().catch(() => undefined);
        subscriber.complete();
      };
      run().catch((error: unknown) => {
        if (controller.signal.aborted) {
          return;
        }
        const appError = asAppError(error);
        if (appError.isServerDown && appError.error !== 'Stream Interrupted') {
          this.connectivity.reportDown();
        }
        subscriber.error(appError);
      });
      return () => controller.abort();
    });
  }
}
