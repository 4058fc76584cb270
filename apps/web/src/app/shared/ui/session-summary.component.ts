import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { SessionSummary } from '@interview-prep/contracts';
import { LabelPipe } from '../label.pipe';
import { dateTime } from '../labels';
import { sessionLink } from './session-link';

/** One session in a list: what it was, when, its status or score, and a link to open it. */
@Component({
  selector: 'app-session-summary',
  imports: [RouterLink, LabelPipe],
  template: `
    <div class="session-main">
      <a class="session-title" [routerLink]="link()">
        <span class="visually-hidden">{{ action() }}: </span>
        {{ session().track | label: 'track' }} · {{ session().company | label: 'company' }}
      </a>
      <span class="muted session-meta">
        {{ session().difficulty | label: 'difficulty' }} ·
        {{ session().settings.max_questions }}
        {{ session().settings.max_questions === 1 ? 'question' : 'questions' }} ·
        <time [attr.datetime]="when()">{{ whenText() }}</time>
        @if (session().retry_question_id) {
          · retry of one question
        }
      </span>
    </div>
    <div class="session-side">
      @if (session().status === 'completed' && session().overall_score !== null) {
        <span class="score-pill" [class.low]="(session().overall_score ?? 0) < 50">
          {{ session().overall_score }}<span class="visually-hidden"> out of 100</span>
        </span>
        <span class="muted source-label">
          {{ session().score_source === 'llm' ? 'AI-scored' : 'Offline-scored' }}
        </span>
      } @else {
        <span class="status-pill" [class]="'status-pill status-' + session().status">
          {{ session().status | label: 'status' }}
        </span>
      }
    </div>
  `,
  host: { class: 'session-summary' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionSummaryComponent {
  readonly session = input.required<SessionSummary>();

  protected readonly link = computed(() => sessionLink(this.session()));
  protected readonly when = computed(
    () => this.session().finished_at ?? this.session().started_at ?? this.session().created_at,
  );
  protected readonly whenText = computed(() => dateTime(this.when()));
  protected readonly action = computed(() =>
    this.session().status === 'completed' ? 'Open results' : 'Resume interview',
  );
}
