import { ChangeDetectionStrategy, Component, computed, inject, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { SESSION_TRACKS, type SessionTrack, type WeakTag } from '@interview-prep/contracts';
import { AnalyticsApi } from '../../core/api/analytics.api';
import { SessionsApi } from '../../core/api/sessions.api';
import { AuthStore } from '../../core/auth/auth.store';
import { AiBadgeComponent } from '../../shared/ui/ai-badge.component';
import { RequestStateComponent } from '../../shared/ui/request-state.component';
import { sessionLink } from '../../shared/ui/session-link';
import { SessionSummaryComponent } from '../../shared/ui/session-summary.component';
import { ProgressPanelComponent } from './progress-panel.component';
import { StartInterviewFormComponent } from './start-interview-form.component';

function isSessionTrack(track: string): track is SessionTrack {
  return (SESSION_TRACKS as readonly string[]).includes(track);
}

@Component({
  selector: 'app-dashboard-page',
  imports: [
    RouterLink,
    AiBadgeComponent,
    RequestStateComponent,
    SessionSummaryComponent,
    StartInterviewFormComponent,
    ProgressPanelComponent,
  ],
  templateUrl: './dashboard.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class DashboardPage {
  private readonly sessions = inject(SessionsApi);
  private readonly analytics = inject(AnalyticsApi);
  private readonly startForm = viewChild.required(StartInterviewFormComponent);
  protected readonly auth = inject(AuthStore);

  protected readonly aiStatus = rxResource({ stream: () => this.analytics.aiStatus() });
  protected readonly unfinished = rxResource({
    stream: () => this.sessions.list({ status: 'in_progress', page_size: 3 }),
  });
  protected readonly recent = rxResource({ stream: () => this.sessions.list({ page_size: 5 }) });
  protected readonly progress = rxResource({ stream: () => this.analytics.progress() });

  protected readonly aiBadgeStatus = computed(() => {
    if (this.aiStatus.hasValue()) {
      return this.aiStatus.value();
    }
    return this.aiStatus.error() ? undefined : null;
  });

  protected readonly resumeItems = computed(() =>
    this.unfinished.hasValue() ? this.unfinished.value().items : [],
  );
  protected readonly recentItems = computed(() =>
    this.recent.hasValue() ? this.recent.value().items : [],
  );

  protected readonly greeting = computed(() => {
    const name = this.auth.user()?.full_name?.trim();
    return name ? `Welcome back, ${name.split(/\s+/)[0]}` : 'Welcome';
  });

  protected readonly link = sessionLink;

  protected practise(tag: WeakTag): void {
    const suggestion = tag.suggested_questions[0];
    const titles = tag.suggested_questions.slice(0, 3).map((q) => q.title);
    this.startForm().prefill({
      ...(suggestion && isSessionTrack(suggestion.track) ? { track: suggestion.track } : {}),
      ...(suggestion ? { difficulty: suggestion.difficulty } : {}),
      job_description:
        `I want to practise ${tag.tag}.` +
        (titles.length ? ` For example: ${titles.join('; ')}.` : ''),
    });
  }
}
