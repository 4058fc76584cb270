import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import {
  type EvidenceQuote,
  type FeedbackSection,
  type QuestionAttempts,
  type QuestionNote,
  RUBRIC_DIMENSIONS,
  type RubricDimension,
  type SessionResults,
} from '@interview-prep/contracts';
import { AnalyticsApi } from '../../core/api/analytics.api';
import { SessionsApi } from '../../core/api/sessions.api';
import { type AppError, asAppError } from '../../core/http/app-error';
import { LabelPipe } from '../../shared/label.pipe';
import { DIMENSION_LABELS, dateTime, formatDuration, label } from '../../shared/labels';
import { type BarDatum, BarChartComponent } from '../../shared/ui/bar-chart.component';
import { MessageTextComponent } from '../../shared/ui/message-text.component';
import { RequestStateComponent } from '../../shared/ui/request-state.component';

interface FeedbackItem {
  readonly text: string;
  readonly quotes: readonly EvidenceQuote[];
}

@Component({
  selector: 'app-results-page',
  imports: [RouterLink, LabelPipe, BarChartComponent, RequestStateComponent, MessageTextComponent],
  templateUrl: './results.page.html',
  host: { '(window:beforeprint)': 'openDetails()' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class ResultsPage {
  private readonly analytics = inject(AnalyticsApi);
  private readonly sessions = inject(SessionsApi);
  private readonly router = inject(Router);

  /** The route's `:id`. */
  readonly id = input.required<string>();

  protected readonly results = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.analytics.results(params),
  });
  protected readonly actionError = signal<AppError | null>(null);
  protected readonly retrying = signal<string | null>(null);
  protected readonly downloading = signal(false);
  protected readonly scoring = signal(false);

  protected readonly data = computed<SessionResults | null>(() =>
    this.results.hasValue() ? this.results.value() : null,
  );
  protected readonly loadError = computed(() => this.results.error() as AppError | undefined);
  /** 404/409: the session exists but has not been scored yet. */
  protected readonly notScored = computed(() => {
    const status = this.loadError()?.statusCode;
    return status === 404 || status === 409;
  });

  protected readonly subtitle = computed(() => {
    const r = this.data();
    return r
      ? [
          label('track', r.track),
          label('company', r.company),
          label('difficulty', r.difficulty),
          dateTime(r.finished_at),
        ]
          .filter(Boolean)
          .join(' · ')
      : '';
  });

  protected readonly sourceText = computed(() => {
    const source = this.data()?.source;
    if (!source) {
      return '';
    }
    return source.kind === 'llm'
      ? `Scored by the AI (${source.model}).`
      : 'Scored offline by the built-in scorer (no AI was used).';
  });

  protected readonly fallbackText = computed(() => {
    const source = this.data()?.source;
    return source?.kind === 'llm' && source.fallback_fields.length > 0
      ? `These parts came from the offline scorer instead: ${source.fallback_fields.join(', ')}.`
      : '';
  });

  protected readonly rubricBars = computed<BarDatum[]>(() => {
    const r = this.data();
    return r
      ? RUBRIC_DIMENSIONS.map((d) => ({ label: DIMENSION_LABELS[d], value: r.rubric[d] }))
      : [];
  });

  protected readonly rubricEvidence = computed(() => {
    const r = this.data();
    if (!r) {
      return [];
    }
    return RUBRIC_DIMENSIONS.map((dimension: RubricDimension) => ({
      dimension,
      quotes: r.evidence.filter(
        (e) => e.target.section === 'rubric' && e.target.dimension === dimension,
      ),
    })).filter((entry) => entry.quotes.length > 0);
  });

  protected readonly feedback = computed(() => {
    const r = this.data();
    const section = (name: FeedbackSection, lines: readonly string[]): FeedbackItem[] =>
      lines.map((text, index) => ({
        text,
        quotes: (r?.evidence ?? []).filter(
          (e) => e.target.section === name && e.target.index === index,
        ),
      }));
    return r
      ? [
          { key: 'strengths', title: 'Strengths', items: section('strengths', r.strengths) },
          { key: 'weaknesses', title: 'To improve', items: section('weaknesses', r.weaknesses) },
          { key: 'next_steps', title: 'Next steps', items: section('next_steps', r.next_steps) },
        ]
      : [];
  });

  protected readonly attemptsByQuestion = computed(() => {
    const map = new Map<string, QuestionAttempts>();
    for (const attempts of this.data()?.attempts ?? []) {
      map.set(attempts.question_id, attempts);
    }
    return map;
  });

  protected readonly stats = computed(() => {
    const s = this.data()?.statistics;
    if (!s) {
      return [];
    }
    const rows: { term: string; value: string }[] = [
      { term: 'Answers', value: String(s.answers) },
      { term: 'Words', value: `${s.words} (about ${Math.round(s.average_words)} an answer)` },
      {
        term: 'Filler words',
        value:
          `${s.filler_words} (${s.filler_rate.toFixed(1)} per 100 words)` +
          (s.top_fillers.length
            ? `: ${s.top_fillers.map((f) => `“${f.word}” ×${f.count}`).join(', ')}`
            : ''),
      },
      { term: 'Hedges', value: String(s.hedges) },
      {
        term: 'STAR coverage',
        value:
          s.star_coverage === null
            ? 'No behavioral answers'
            : `${Math.round(s.star_coverage * 100)}% of situation, task, action and result`,
      },
      { term: 'Measurable outcomes', value: String(s.measurable_outcomes) },
      { term: 'Hints used', value: String(s.hints_used) },
      { term: 'Questions skipped', value: String(s.questions_skipped) },
      {
        term: 'Time per answer',
        value:
          s.average_seconds_per_answer === null
            ? 'Not measured'
            : formatDuration(s.average_seconds_per_answer),
      },
    ];
    return rows;
  });

  protected dimensionLabel(dimension: RubricDimension): string {
    return DIMENSION_LABELS[dimension];
  }

  protected questionRubric(note: QuestionNote): BarDatum[] {
    const rubric = note.rubric;
    return rubric
      ? RUBRIC_DIMENSIONS.map((d) => ({ label: DIMENSION_LABELS[d], value: rubric[d] }))
      : [];
  }

  protected attemptSummary(attempts: QuestionAttempts): string {
    return attempts.attempts
      .map((a, i) => `Attempt ${i + 1}: ${a.score === null ? 'not scored' : `${a.score}/100`}`)
      .join(' · ');
  }

  protected retry(note: QuestionNote): void {
    this.retrying.set(note.question_id);
    this.actionError.set(null);
    this.sessions.retryQuestion(this.id(), note.question_id).subscribe({
      next: (session) => {
        this.retrying.set(null);
        void this.router.navigate(['/sessions', session.id]);
      },
      error: (error: unknown) => {
        this.retrying.set(null);
        this.actionError.set(asAppError(error));
      },
    });
  }

  protected download(): void {
    this.downloading.set(true);
    this.actionError.set(null);
    this.analytics.reportMarkdown(this.id()).subscribe({
      next: (blob) => {
        this.downloading.set(false);
        const url = URL.createObjectURL(blob);
        const link = document.createElement('a');
        link.href = url;
        link.download = `interview-report-${this.id().slice(0, 8)}.md`;
        document.body.append(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
      },
      error: (error: unknown) => {
        this.downloading.set(false);
        this.actionError.set(asAppError(error));
      },
    });
  }

  protected print(): void {
    this.openDetails();
    window.print();
  }

  /** Reference answers and evidence are folded away on screen; on paper they are all shown. */
  protected openDetails(): void {
    for (const details of Array.from(document.querySelectorAll('details'))) {
      details.open = true;
    }
  }

  /** Scores a session that was left unscored, then shows it. */
  protected scoreNow(): void {
    this.scoring.set(true);
    this.sessions.finalize(this.id()).subscribe({
      next: () => {
        this.scoring.set(false);
        this.results.reload();
      },
      error: (error: unknown) => {
        this.scoring.set(false);
        this.actionError.set(asAppError(error));
      },
    });
  }
}
