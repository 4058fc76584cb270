import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { AuthApi } from '../../core/auth/auth.api';
import { type AppError, asAppError } from '../../core/http/app-error';
import { EMAIL_MESSAGES, EMAIL_VALIDATORS } from '../../shared/forms';
import { TextFieldComponent } from '../../shared/ui/text-field.component';

@Component({
  selector: 'app-forgot-password-page',
  imports: [ReactiveFormsModule, RouterLink, TextFieldComponent],
  template: `
    <section class="auth-card card">
      <h1>Forgot your password?</h1>
      @if (sentTo(); as email) {
        <p class="notice notice-ok" role="status">
          If <strong>{{ email }}</strong> has an account, a link to choose a new password is on its
          way. It works for one hour.
        </p>
        <p class="auth-links"><a routerLink="/sign-in">Back to sign in</a></p>
      } @else {
        <p>Enter your email and we will send you a link to choose a new password.</p>
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <app-text-field
            inputId="email"
            label="Email"
            type="email"
            autocomplete="email"
            [control]="form.controls.email"
            [messages]="emailMessages"
            [submitted]="submitted()"
          />
          @if (error(); as failure) {
            <p class="form-error" role="alert">{{ failure.message }}</p>
          }
          <button type="submit" class="button" [disabled]="busy()">Send the link</button>
        </form>
        <p class="auth-links"><a routerLink="/sign-in">Back to sign in</a></p>
      }
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class ForgotPasswordPage {
  private readonly api = inject(AuthApi);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', EMAIL_VALIDATORS],
  });
  protected readonly emailMessages = EMAIL_MESSAGES;
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<AppError | null>(null);
  protected readonly sentTo = signal<string | null>(null);

  protected submit(): void {
    this.submitted.set(true);
    if (this.form.invalid || this.busy()) {
      return;
    }
    const { email } = this.form.getRawValue();
    this.busy.set(true);
    this.error.set(null);
    this.api.forgotPassword(email).subscribe({
      next: () => {
        this.busy.set(false);
        this.sentTo.set(email);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.error.set(asAppError(error));
      },
    });
  }
}
