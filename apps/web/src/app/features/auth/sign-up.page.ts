import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { FULL_NAME_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@interview-prep/contracts';
import { AuthApi } from '../../core/auth/auth.api';
import { type AppError, asAppError } from '../../core/http/app-error';
import {
  EMAIL_MESSAGES,
  EMAIL_VALIDATORS,
  NEW_PASSWORD_VALIDATORS,
  newPasswordMessages,
} from '../../shared/forms';
import { TextFieldComponent } from '../../shared/ui/text-field.component';

@Component({
  selector: 'app-sign-up-page',
  imports: [ReactiveFormsModule, RouterLink, TextFieldComponent],
  templateUrl: './sign-up.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class SignUpPage {
  private readonly api = inject(AuthApi);

  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    full_name: ['', Validators.maxLength(FULL_NAME_MAX_LENGTH)],
    email: ['', EMAIL_VALIDATORS],
    password: ['', NEW_PASSWORD_VALIDATORS],
  });
  protected readonly nameMessages = {
    maxlength: `Use at most ${FULL_NAME_MAX_LENGTH} characters.`,
  };
  protected readonly emailMessages = EMAIL_MESSAGES;
  protected readonly passwordMessages = newPasswordMessages('Choose a password.');
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<AppError | null>(null);
  /** The address the link went to, once signed up. */
  protected readonly sentTo = signal<string | null>(null);
  protected readonly resent = signal(false);

  protected submit(): void {
    this.submitted.set(true);
    if (this.form.invalid || this.busy()) {
      return;
    }
    const { full_name, email, password } = this.form.getRawValue();
    this.busy.set(true);
    this.error.set(null);
    this.api
      .signUp({ email, password, ...(full_name.trim() ? { full_name: full_name.trim() } : {}) })
      .subscribe({
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

  protected resend(): void {
    const email = this.sentTo();
    if (!email) {
      return;
    }
    this.api.resendVerification(email).subscribe({
      next: () => this.resent.set(true),
      error: (error: unknown) => this.error.set(asAppError(error)),
    });
  }
}
