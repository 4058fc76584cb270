import { HttpBackend, HttpClient } from '@angular/common/http';
import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import type { HealthStatus } from '@interview-prep/contracts';
import { apiUrl } from '../api/api-url';

/** How often the health route is asked while the server is down. */
export const RECHECK_INTERVAL_MS = 5_000;

/**
 * Whether the API answers. Requests report what they saw; while it is down the health route is
 * polled (past the interceptors, so the poll itself does not feed back) until it answers again.
 */
@Injectable({ providedIn: 'root' })
export class ConnectivityStore {
  // Straight to the backend: no interceptors, so no token and no error reporting loop.
  private readonly http = new HttpClient(inject(HttpBackend));
  private readonly serverDown = signal(false);
  private timer: ReturnType<typeof setInterval> | null = null;

  readonly isDown = this.serverDown.asReadonly();

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stopPolling());
  }

  reportDown(): void {
    this.serverDown.set(true);
    if (this.timer === null) {
      this.timer = setInterval(() => this.recheck(), RECHECK_INTERVAL_MS);
    }
  }

  reportUp(): void {
    this.serverDown.set(false);
    this.stopPolling();
  }

  /** Asks the health route now. */
  recheck(): void {
    this.http.get<HealthStatus>(apiUrl('health')).subscribe({
      next: () => this.reportUp(),
      error: (error: { status?: number }) => {
        // 503 with a body: the API answers but its database is down. Still down for the user.
        if (error.status !== undefined && error.status !== 0 && error.status < 500) {
          this.reportUp();
        }
      },
    });
  }

  private stopPolling(): void {
    if (this.timer !== null) {
      clearInterval(this.timer);
      this.timer = null;
    }
  }
}
