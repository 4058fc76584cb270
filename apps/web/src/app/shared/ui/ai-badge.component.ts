import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { AiStatus } from '@interview-prep/contracts';
import { AI_LABELS } from '../labels';

/** Online / degraded / offline, in words and colour, with the detail in its description. */
@Component({
  selector: 'app-ai-badge',
  template: `
    <span class="badge" [class]="'badge ai-' + state()" role="status" [attr.title]="detail()">
      <span class="dot" aria-hidden="true"></span>
      {{ text() }}<span class="visually-hidden">. {{ detail() }}</span>
    </span>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AiBadgeComponent {
  /** null while loading; undefined when the status could not be read. */
  readonly status = input<AiStatus | null | undefined>(null);

  protected readonly state = computed(() => {
    const status = this.status();
    return status === null ? 'loading' : status === undefined ? 'unknown' : status.status;
  });

  protected readonly text = computed(() => {
    const status = this.status();
    if (status === null) {
      return 'Checking AI…';
    }
    return status === undefined ? 'AI status unknown' : AI_LABELS[status.status];
  });

  protected readonly detail = computed(() => {
    const status = this.status();
    if (!status) {
      return '';
    }
    switch (status.status) {
      case 'online':
        return `The interviewer uses ${status.model ?? 'an LLM'}.`;
      case 'degraded':
        return 'The LLM is failing lately; the offline interviewer stands in.';
      case 'offline':
        return status.configured
          ? 'The LLM cannot be reached; the offline interviewer runs the interview.'
          : 'No LLM is configured; the offline interviewer runs the interview.';
    }
  });
}
