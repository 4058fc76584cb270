import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

export interface LineSeries {
  readonly name: string;
  /** One value per label; null leaves a gap. */
  readonly values: readonly (number | null)[];
}

const WIDTH = 480;
const HEIGHT = 240;
const PAD = { top: 14, right: 14, bottom: 34, left: 38 };
const DASHES = ['', '6 4', '2 4', '10 4 2 4', '1 3', '8 2'];

/**
 * A line chart in plain SVG. The drawing is hidden from assistive technology; a table with the
 * same numbers stands for it (visually hidden), so the data is readable without seeing it.
 * Series differ by colour and by dash pattern, so they stay apart in print and for colour blindness.
 */
@Component({
  selector: 'app-line-chart',
  template: `
    <figure class="chart line-chart">
      <figcaption class="chart-title">{{ caption() }}</figcaption>
      <svg
        class="line-chart-svg"
        [attr.viewBox]="viewBox"
        preserveAspectRatio="xMidYMid meet"
        aria-hidden="true"
        focusable="false"
      >
        @for (tick of yTicks(); track tick.value) {
          <line
            class="grid"
            [attr.x1]="left"
            [attr.x2]="right"
            [attr.y1]="tick.y"
            [attr.y2]="tick.y"
          />
          <text class="axis-label" [attr.x]="left - 8" [attr.y]="tick.y + 4" text-anchor="end">
            {{ tick.value }}
          </text>
        }
        @for (tick of xTicks(); track $index) {
          <text
            class="axis-label"
            [attr.x]="tick.x"
            [attr.y]="bottom + 22"
            [attr.text-anchor]="tick.anchor"
          >
            {{ tick.label }}
          </text>
        }
        @for (line of lines(); track line.name) {
          <path
            class="series-line"
            [class]="'series-line series-' + line.index"
            [attr.d]="line.path"
            [attr.stroke-dasharray]="line.dash || null"
          />
          @for (point of line.points; track $index) {
            <circle
              [class]="'series-point series-' + line.index"
              [attr.cx]="point.x"
              [attr.cy]="point.y"
              r="4"
            />
          }
        }
      </svg>
      @if (series().length > 1) {
        <ul class="legend" aria-hidden="true">
          @for (line of lines(); track line.name) {
            <li>
              <svg width="28" height="10" class="legend-swatch">
                <line
                  [class]="'series-line series-' + line.index"
                  x1="0"
                  x2="28"
                  y1="5"
                  y2="5"
                  [attr.stroke-dasharray]="line.dash || null"
                />
              </svg>
              {{ line.name }}
            </li>
          }
        </ul>
      }
      <!-- A table cannot shrink to 1px: the wrapper is what is hidden. -->
      <div class="visually-hidden">
        <table>
          <caption>
            {{
              caption()
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ xTitle() }}</th>
              @for (s of series(); track s.name) {
                <th scope="col">{{ s.name }}</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (x of labels(); track $index; let i = $index) {
              <tr>
                <th scope="row">{{ x }}</th>
                @for (s of series(); track s.name) {
                  <td>{{ s.values[i] ?? '–' }}</td>
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
    </figure>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LineChartComponent {
  readonly caption = input.required<string>();
  readonly labels = input.required<readonly string[]>();
  readonly series = input.required<readonly LineSeries[]>();
  readonly max = input(100);
  readonly xTitle = input('Session');

  protected readonly viewBox = `0 0 ${WIDTH} ${HEIGHT}`;
  protected readonly left = PAD.left;
  protected readonly right = WIDTH - PAD.right;
  protected readonly bottom = HEIGHT - PAD.bottom;

  private readonly xOf = computed(() => {
    const count = this.labels().length;
    const span = this.right - this.left;
    return (i: number) =>
      count <= 1 ? this.left + span / 2 : this.left + (span * i) / (count - 1);
  });

  private yOf(value: number): number {
    const ratio = Math.min(1, Math.max(0, value / this.max()));
    return this.bottom - ratio * (this.bottom - PAD.top);
  }

  protected readonly yTicks = computed(() =>
    [0, 0.25, 0.5, 0.75, 1].map((f) => {
      const value = Math.round(this.max() * f * 10) / 10;
      return { value, y: this.yOf(value) };
    }),
  );

  /** At most about six x labels, so they never overlap. */
  protected readonly xTicks = computed(() => {
    const labels = this.labels();
    const step = Math.max(1, Math.ceil(labels.length / 6));
    const xOf = this.xOf();
    const last = labels.length - 1;
    let previous = '';
    return labels
      .map((label, i) => ({
        label,
        x: xOf(i),
        i,
        anchor: labels.length === 1 ? 'middle' : i === 0 ? 'start' : i === last ? 'end' : 'middle',
      }))
      .filter((tick) => tick.i % step === 0 || tick.i === last)
      .filter((tick) => {
        // Several sessions on one day: the date once.
        const keep = tick.label !== previous;
        previous = tick.label;
        return keep;
      });
  });

  protected readonly lines = computed(() => {
    const xOf = this.xOf();
    return this.series().map((s, index) => {
      const points: { x: number; y: number }[] = [];
      let path = '';
      let penDown = false;
      s.values.forEach((value, i) => {
        if (value === null) {
          penDown = false;
          return;
        }
        const x = xOf(i);
        const y = this.yOf(value);
        points.push({ x, y });
        path += `${penDown ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)} `;
        penDown = true;
      });
      return {
        name: s.name,
        index,
        path: path.trim(),
        points,
        dash: DASHES[index % DASHES.length],
      };
    });
  });
}
