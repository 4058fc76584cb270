import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { type ProgressReport, RUBRIC_DIMENSIONS, type WeakTag } from '@interview-prep/contracts';
import { DIMENSION_LABELS, shortDate } from '../../shared/labels';
import { type BarDatum, BarChartComponent } from '../../shared/ui/bar-chart.component';
import { type LineSeries, LineChartComponent } from '../../shared/ui/line-chart.component';

/** Progress over the finished sessions: scores over time, per dimension, and the weakest tags. */
@Component({
  selector: 'app-progress-panel',
  imports: [LineChartComponent, BarChartComponent],
  template: `
    @if (report().sessions_completed === 0) {
      <p class="state state-empty">
        Finish your first interview to see your scores over time and what to practise.
      </p>
    } @else {
      <p class="muted">
        {{ report().sessions_completed }} finished
        {{ report().sessions_completed === 1 ? 'interview' : 'interviews' }}.
        @if (offlineCount() > 0) {
          {{ offlineCount() }} scored by the offline scorer.
        }
      </p>
      <div class="chart-grid">
        <app-line-chart
          caption="Overall score over time (0 to 100)"
          [labels]="labels()"
          [series]="overall()"
          [max]="100"
        />
        <app-line-chart
          caption="Rubric dimensions over time (0 to 10)"
          [labels]="labels()"
          [series]="dimensions()"
          [max]="10"
        />
        <app-bar-chart caption="Average per dimension (0 to 10)" [data]="averages()" [max]="10" />
      </div>
      @if (report().weakest_tags.length > 0) {
        <h3>Weakest topics</h3>
        <ul class="weak-tags">
          @for (tag of report().weakest_tags; track tag.tag) {
            <li class="weak-tag">
              <div>
                <strong class="tag-name">{{ tag.tag }}</strong>
                <span class="muted">
                  average {{ tag.average_score }} / 100 over {{ tag.questions }}
                  {{ tag.questions === 1 ? 'question' : 'questions' }}
                </span>
              </div>
              <button
                type="button"
                class="button button-small button-secondary"
                [attr.aria-label]="'Practise this: ' + tag.tag"
                (click)="practise.emit(tag)"
              >
                Practise this
              </button>
            </li>
          }
        </ul>
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgressPanelComponent {
  readonly report = input.required<ProgressReport>();
  readonly practise = output<WeakTag>();

  protected readonly labels = computed(() =>
    this.report().timeline.map((point, i) => shortDate(point.finished_at) || `#${i + 1}`),
  );

  protected readonly offlineCount = computed(
    () => this.report().timeline.filter((point) => point.source === 'offline').length,
  );

  protected readonly overall = computed<LineSeries[]>(() => [
    { name: 'Overall score', values: this.report().timeline.map((point) => point.overall_score) },
  ]);

  protected readonly dimensions = computed<LineSeries[]>(() =>
    RUBRIC_DIMENSIONS.map((dimension) => ({
      name: DIMENSION_LABELS[dimension],
      values: this.report().timeline.map((point) => point.rubric[dimension] ?? null),
    })),
  );

  protected readonly averages = computed<BarDatum[]>(() =>
    this.report().dimensions.map((d) => ({
      label: DIMENSION_LABELS[d.dimension],
      value: d.average,
    })),
  );
}
