import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { HealthStatus } from '@interview-prep/contracts';
import { catchError, map, of, type Observable } from 'rxjs';

export type ServerState = 'up' | 'database-down' | 'unreachable';

@Injectable({ providedIn: 'root' })
export class HealthService {
  private readonly http = inject(HttpClient);

  /** The API answers 503 with the same body when the database is down. */
  check(): Observable<ServerState> {
    return this.http.get<HealthStatus>('/api/v1/health').pipe(
      map((health): ServerState => (health.status === 'ok' ? 'up' : 'database-down')),
      catchError((error: { status?: number }) =>
        of<ServerState>(error.status === 503 ? 'database-down' : 'unreachable'),
      ),
    );
  }
}
