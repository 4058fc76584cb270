import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

export interface BarDatum {
  readonly label: string;
  readonly value: number;
  /** Shown after the value, e.g. "+1.5 since last time". */
  readonly note?: string;
}

/**
 * Horizontal bars in plain HTML and CSS: every bar is a row of text ("Communication: 7 of 10"),
 * so screen readers and print read the numbers; the bar itself is decoration.
 */
@Component({
  selector: 'app-bar-chart',
  template: `
    <figure class="chart bar-chart">
      <figcaption class="chart-title">{{ caption() }}</figcaption>
      <ul class="bars">
        @for (bar of bars(); track bar.label) {
          <li class="bar-row">
            <span class="bar-label">{{ bar.label }}</span>
            <span class="bar-track" aria-hidden="true">
              <span class="bar-fill" [class]="bar.tone" [style.width.%]="bar.percent"></span>
            </span>
            <span class="bar-value">
              {{ bar.display }}<span class="visually-hidden"> of {{ max() }}</span>
              @if (bar.note) {
                <span class="bar-note">{{ bar.note }}</span>
              }
            </span>
          </li>
        }
      </ul>
    </figure>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BarChartComponent {
  readonly caption = input.required<string>();
  readonly data = input.required<readonly BarDatum[]>();
  readonly max = input(10);
  /** Decimals shown. */
  readonly digits = input(1);

  protected readonly bars = computed(() =>
    this.data().map((datum) => {
      const ratio = this.max() > 0 ? Math.min(1, Math.max(0, datum.value / this.max())) : 0;
      return {
        ...datum,
        percent: Math.round(ratio * 1000) / 10,
        display: datum.value.toFixed(this.digits()).replace(/\.0+$/, ''),
        tone:
          ratio >= 0.7
            ? 'bar-fill tone-good'
            : ratio >= 0.4
              ? 'bar-fill tone-mid'
              : 'bar-fill tone-low',
      };
    }),
  );
}
