import {
  ChangeDetectionStrategy,
  Component,
  booleanAttribute,
  computed,
  input,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { switchMap } from 'rxjs';
import { controlError } from '../forms';
import { FieldErrorComponent } from './field-error.component';

/**
 * A labelled text input bound to a reactive-form control, with an optional hint, and the control's
 * first problem in words once it is touched or the form is submitted.
 */
@Component({
  selector: 'app-text-field',
  imports: [ReactiveFormsModule, FieldErrorComponent],
  template: `
    <label [for]="inputId()"
      >{{ label() }}
      @if (optional()) {
        <span class="optional">(optional)</span>
      }
    </label>
    <input
      [id]="inputId()"
      [type]="type()"
      [formControl]="control()"
      [attr.autocomplete]="autocomplete()"
      [attr.aria-invalid]="error() ? true : null"
      [attr.aria-describedby]="describedBy()"
    />
    @if (hint(); as text) {
      <p class="hint" [id]="hintId()">{{ text }}</p>
    }
    <app-field-error [for]="inputId()" [message]="error()" />
  `,
  host: { class: 'field' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TextFieldComponent {
  /** The input's id; the hint and the error take theirs from it. */
  readonly inputId = input.required<string>();
  readonly label = input.required<string>();
  readonly type = input<'text' | 'email' | 'password'>('text');
  readonly autocomplete = input.required<string>();
  readonly control = input.required<FormControl<string>>();
  /** The message of each validator error key, e.g. required: 'Enter your email address.'. */
  readonly messages = input.required<Partial<Record<string, string>>>();
  /** Once the form is submitted, problems show on fields never touched too. */
  readonly submitted = input(false);
  /** What the server said about the value, shown while the control itself has no problem. */
  readonly serverError = input<string>();
  readonly hint = input<string>();
  /** Marks the label "(optional)". */
  readonly optional = input(false, { transform: booleanAttribute });

  // The control is no signal: its events say when its validity or touched state may have changed.
  private readonly controlEvent = toSignal(
    toObservable(this.control).pipe(switchMap((control) => control.events)),
  );

  protected readonly error = computed(() => {
    this.controlEvent();
    return (
      controlError(this.control(), this.submitted(), this.messages()) ?? this.serverError() ?? null
    );
  });

  protected readonly hintId = computed(() => `${this.inputId()}-hint`);

  protected readonly describedBy = computed(() => {
    const ids = [
      ...(this.hint() ? [this.hintId()] : []),
      ...(this.error() ? [`${this.inputId()}-error`] : []),
    ];
    return ids.length > 0 ? ids.join(' ') : null;
  });
}
