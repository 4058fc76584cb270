import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import {
  COMPANIES,
  type Company,
  SESSION_STATUSES,
  SESSION_TRACKS,
  type SessionStatus,
  type SessionSummary,
  type SessionTrack,
} from '@interview-prep/contracts';
import { SessionsApi } from '../../core/api/sessions.api';
import { type AppError, asAppError } from '../../core/http/app-error';
import { LabelPipe } from '../../shared/label.pipe';
import { dateTime, label } from '../../shared/labels';
import { RequestStateComponent } from '../../shared/ui/request-state.component';
import { sessionLink } from '../../shared/ui/session-link';
import { SessionSummaryComponent } from '../../shared/ui/session-summary.component';

const PAGE_SIZE = 10;

@Component({
  selector: 'app-history-page',
  imports: [RouterLink, LabelPipe, RequestStateComponent, SessionSummaryComponent],
  templateUrl: './history.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class HistoryPage {
  private readonly api = inject(SessionsApi);

  protected readonly tracks = SESSION_TRACKS;
  protected readonly companies = COMPANIES;
  protected readonly statuses = SESSION_STATUSES;

  protected readonly track = signal<SessionTrack | null>(null);
  protected readonly company = signal<Company | null>(null);
  protected readonly status = signal<SessionStatus | null>(null);
  protected readonly page = signal(1);
  protected readonly confirmingDelete = signal<string | null>(null);
  protected readonly deleting = signal<string | null>(null);
  protected readonly deleteError = signal<AppError | null>(null);
  protected readonly notice = signal<string | null>(null);

  protected readonly sessions = rxResource({
    params: () => ({
      track: this.track(),
      company: this.company(),
      status: this.status(),
      page: this.page(),
      page_size: PAGE_SIZE,
    }),
    stream: ({ params }) => this.api.list(params),
  });

  protected readonly items = computed(() =>
    this.sessions.hasValue() ? this.sessions.value().items : [],
  );
  protected readonly total = computed(() =>
    this.sessions.hasValue() ? this.sessions.value().total : 0,
  );
  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.total() / PAGE_SIZE)));
  protected readonly filtered = computed(
    () => this.track() !== null || this.company() !== null || this.status() !== null,
  );

  protected readonly link = sessionLink;

  protected setFilter(name: 'track' | 'company' | 'status', event: Event): void {
    const value = (event.target as HTMLSelectElement).value || null;
    if (name === 'track') {
      this.track.set(value as SessionTrack | null);
    } else if (name === 'company') {
      this.company.set(value as Company | null);
    } else {
      this.status.set(value as SessionStatus | null);
    }
    this.page.set(1);
  }

  protected clearFilters(): void {
    this.track.set(null);
    this.company.set(null);
    this.status.set(null);
    this.page.set(1);
  }

  protected deleteLabel(session: SessionSummary): string {
    return `Delete the ${label('track', session.track)} interview (${label('company', session.company)}) of ${dateTime(session.created_at)}`;
  }

  protected remove(session: SessionSummary): void {
    this.deleting.set(session.id);
    this.deleteError.set(null);
    this.api.remove(session.id).subscribe({
      next: () => {
        this.deleting.set(null);
        this.confirmingDelete.set(null);
        this.notice.set('The interview was deleted.');
        if (this.items().length === 1 && this.page() > 1) {
          this.page.update((p) => p - 1);
        } else {
          this.sessions.reload();
        }
      },
      error: (error: unknown) => {
        this.deleting.set(null);
        this.deleteError.set(asAppError(error));
      },
    });
  }
}
