import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** The message under a form field; its id is what the input's aria-describedby points at. */
@Component({
  selector: 'app-field-error',
  template: `
    @if (message()) {
      <p class="field-error" [id]="for() + '-error'">{{ message() }}</p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FieldErrorComponent {
  /** The input's id. */
  readonly for = input.required<string>();
  readonly message = input<string | null>(null);
}
