import { ChangeDetectionStrategy, Component, OnInit, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { AuthApi } from '../../core/auth/auth.api';
import { AuthStore } from '../../core/auth/auth.store';
import { asAppError } from '../../core/http/app-error';
import { EMAIL_VALIDATORS } from '../../shared/forms';

type VerifyState = 'verifying' | 'verified' | 'failed' | 'missing';

/** /verify?token=...: the link of the verification mail. */
@Component({
  selector: 'app-verify-page',
  imports: [RouterLink, ReactiveFormsModule],
  templateUrl: './verify.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class VerifyPage implements OnInit {
  private readonly api = inject(AuthApi);
  protected readonly auth = inject(AuthStore);

  readonly token = input<string>();

  protected readonly state = signal<VerifyState>('verifying');
  protected readonly message = signal('');
  protected readonly resendNotice = signal<string | null>(null);
  protected readonly resendForm = inject(NonNullableFormBuilder).group({
    email: ['', EMAIL_VALIDATORS],
  });

  ngOnInit(): void {
    const token = this.token();
    if (!token) {
      this.state.set('missing');
      return;
    }
    this.api.verifyEmail(token).subscribe({
      next: (response) => {
        this.message.set(response.message);
        this.state.set('verified');
        if (this.auth.isSignedIn()) {
          this.api.me().subscribe({ error: () => undefined });
        }
      },
      error: (error: unknown) => {
        this.message.set(asAppError(error).message);
        this.state.set('failed');
      },
    });
  }

  protected resend(): void {
    if (this.resendForm.invalid) {
      this.resendForm.markAllAsTouched();
      return;
    }
    const { email } = this.resendForm.getRawValue();
    this.api.resendVerification(email).subscribe({
      next: () =>
        this.resendNotice.set(`If ${email} has an unverified account, a new link is on its way.`),
      error: (error: unknown) => this.resendNotice.set(asAppError(error).message),
    });
  }
}
