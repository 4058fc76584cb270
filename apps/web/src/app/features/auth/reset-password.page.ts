import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import {
  type AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { RouterLink } from '@angular/router';
import { PASSWORD_MIN_LENGTH } from '@interview-prep/contracts';
import { AuthApi } from '../../core/auth/auth.api';
import { type AppError, asAppError } from '../../core/http/app-error';
import { NEW_PASSWORD_VALIDATORS, newPasswordMessages } from '../../shared/forms';
import { TextFieldComponent } from '../../shared/ui/text-field.component';

function sameAs(other: string) {
  return (control: AbstractControl): ValidationErrors | null =>
    control.parent && control.value !== control.parent.get(other)?.value
      ? { mismatch: true }
      : null;
}

/** /reset-password?token=...: the link of the reset mail. */
@Component({
  selector: 'app-reset-password-page',
  imports: [ReactiveFormsModule, RouterLink, TextFieldComponent],
  template: `
    <section class="auth-card card">
      <h1>Choose a new password</h1>
      @if (!token()) {
        <p class="form-error" role="alert">
          The link has no token. Open the link from the mail again, or ask for a new one.
        </p>
        <p class="auth-links"><a routerLink="/forgot-password">Ask for a new link</a></p>
      } @else if (done()) {
        <p class="notice notice-ok" role="status">
          Your password is changed. Sign in with the new one.
        </p>
        <a class="button" routerLink="/sign-in">Sign in</a>
      } @else {
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <app-text-field
            inputId="new-password"
            label="New password"
            type="password"
            autocomplete="new-password"
            hint="At least {{ minLength }} characters."
            [control]="form.controls.password"
            [messages]="passwordMessages"
            [submitted]="submitted()"
            [serverError]="error()?.fieldMessages('new_password')?.[0]"
          />
          <app-text-field
            inputId="confirm-password"
            label="Repeat the new password"
            type="password"
            autocomplete="new-password"
            [control]="form.controls.confirm"
            [messages]="confirmMessages"
            [submitted]="submitted()"
          />
          @if (error(); as failure) {
            <div class="form-error" role="alert">
              <p>{{ failure.message }}</p>
              @if (failure.statusCode === 400 && !failure.details?.length) {
                <a routerLink="/forgot-password">Ask for a new link</a>
              }
            </div>
          }
          <button type="submit" class="button" [disabled]="busy()">Save the new password</button>
        </form>
      }
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class ResetPasswordPage {
  private readonly api = inject(AuthApi);

  readonly token = input<string>();

  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    password: ['', NEW_PASSWORD_VALIDATORS],
    confirm: ['', [Validators.required, sameAs('password')]],
  });
  protected readonly passwordMessages = newPasswordMessages('Choose a new password.');
  protected readonly confirmMessages = {
    required: 'Repeat the new password.',
    mismatch: 'The two passwords differ.',
  };
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  protected readonly done = signal(false);
  protected readonly error = signal<AppError | null>(null);

  protected submit(): void {
    this.submitted.set(true);
    this.form.controls.confirm.updateValueAndValidity();
    const token = this.token();
    if (this.form.invalid || this.busy() || !token) {
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    this.api.resetPassword({ token, new_password: this.form.getRawValue().password }).subscribe({
      next: () => {
        this.busy.set(false);
        this.done.set(true);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.error.set(asAppError(error));
      },
    });
  }
}
