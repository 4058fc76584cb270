import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AiStatus, ProgressReport, SessionResults } from '@interview-prep/contracts';
import type { Observable } from 'rxjs';
import { apiUrl } from './api-url';

@Injectable({ providedIn: 'root' })
export class AnalyticsApi {
  private readonly http = inject(HttpClient);

  results(sessionId: string): Observable<SessionResults> {
    return this.http.get<SessionResults>(apiUrl(`analytics/sessions/${sessionId}/results`));
  }

  progress(): Observable<ProgressReport> {
    return this.http.get<ProgressReport>(apiUrl('analytics/progress'));
  }

  /** The Markdown report, as a file to save. */
  reportMarkdown(sessionId: string): Observable<Blob> {
    return this.http.get(apiUrl(`analytics/sessions/${sessionId}/report.md`), {
      responseType: 'blob',
    });
  }

  aiStatus(): Observable<AiStatus> {
    return this.http.get<AiStatus>(apiUrl('ai/status'));
  }
}
