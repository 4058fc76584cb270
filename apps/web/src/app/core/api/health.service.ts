import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { HealthStatus } from '@interview-prep/contracts';
import { catchError, map, of, type Observable } from 'rxjs';
import type { AppError } from '../http/app-error';
import { apiUrl } from './api-url';

export type ServerState = 'up' | 'database-down' | 'unreachable';

@Injectable({ providedIn: 'root' })
export class HealthService {
  private readonly http = inject(HttpClient);

  /** The API answers 503 with the same body when the database is down. */
  check(): Observable<ServerState> {
    return this.http.get<HealthStatus>(apiUrl('health')).pipe(
      map((health): ServerState => (health.status === 'ok' ? 'up' : 'database-down')),
      catchError((error: AppError) =>
        of<ServerState>(error.statusCode === 503 ? 'database-down' : 'unreachable'),
      ),
    );
  }
}
