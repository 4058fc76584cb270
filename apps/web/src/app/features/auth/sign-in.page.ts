import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { AuthApi } from '../../core/auth/auth.api';
import { safeReturnUrl } from '../../core/auth/auth.store';
import { type AppError, asAppError } from '../../core/http/app-error';
import { EMAIL_MESSAGES, EMAIL_VALIDATORS } from '../../shared/forms';
import { TextFieldComponent } from '../../shared/ui/text-field.component';

@Component({
  selector: 'app-sign-in-page',
  imports: [ReactiveFormsModule, RouterLink, TextFieldComponent],
  templateUrl: './sign-in.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class SignInPage {
  private readonly api = inject(AuthApi);
  private readonly router = inject(Router);

  /** Query parameters, bound by the router. */
  readonly returnUrl = input<string>();
  readonly reason = input<string>();
  readonly signedOut = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', EMAIL_VALIDATORS],
    password: ['', Validators.required],
  });
  protected readonly emailMessages = EMAIL_MESSAGES;
  protected readonly passwordMessages = { required: 'Enter your password.' };
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<AppError | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly unverified = computed(() => this.error()?.statusCode === 403);

  protected readonly intro = computed(() => {
    if (this.reason() === 'expired') {
      return 'Your session has ended. Sign in again to carry on where you were.';
    }
    if (this.signedOut()) {
      return 'You are signed out.';
    }
    return null;
  });

  protected submit(): void {
    this.submitted.set(true);
    this.notice.set(null);
    if (this.form.invalid || this.busy()) {
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    this.api.signIn(this.form.getRawValue()).subscribe({
      next: () => {
        this.busy.set(false);
        void this.router.navigateByUrl(safeReturnUrl(this.returnUrl()) ?? '/dashboard');
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.error.set(asAppError(error));
      },
    });
  }

  protected resendVerification(): void {
    const email = this.form.controls.email.value;
    this.api.resendVerification(email).subscribe({
      next: (response) => {
        this.error.set(null);
        this.notice.set(response.message || `We sent a new link to ${email}.`);
      },
      error: (error: unknown) => this.error.set(asAppError(error)),
    });
  }
}
