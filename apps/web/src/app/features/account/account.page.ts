import { ChangeDetectionStrategy, Component, type OnInit, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import {
  COMPANIES,
  type Company,
  DIFFICULTIES,
  type Difficulty,
  FULL_NAME_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  SESSION_TRACKS,
  type SessionTrack,
  type UserProfile,
} from '@interview-prep/contracts';
import { AuthApi } from '../../core/auth/auth.api';
import { AuthStore } from '../../core/auth/auth.store';
import { type AppError, asAppError } from '../../core/http/app-error';
import { NEW_PASSWORD_VALIDATORS, newPasswordMessages } from '../../shared/forms';
import { LabelPipe } from '../../shared/label.pipe';
import { dateTime } from '../../shared/labels';
import { TextFieldComponent } from '../../shared/ui/text-field.component';

@Component({
  selector: 'app-account-page',
  imports: [ReactiveFormsModule, LabelPipe, TextFieldComponent],
  templateUrl: './account.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class AccountPage implements OnInit {
  private readonly api = inject(AuthApi);
  private readonly router = inject(Router);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly auth = inject(AuthStore);

  protected readonly tracks = SESSION_TRACKS;
  protected readonly companies = COMPANIES;
  protected readonly difficulties = DIFFICULTIES;
  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly dateTime = dateTime;

  protected readonly profileForm = this.fb.group({
    full_name: ['', Validators.maxLength(FULL_NAME_MAX_LENGTH)],
    track: ['' as SessionTrack | ''],
    company: ['' as Company | ''],
    difficulty: ['' as Difficulty | ''],
    voice: [false],
  });
  protected readonly profileBusy = signal(false);
  protected readonly profileNotice = signal<string | null>(null);
  protected readonly profileError = signal<AppError | null>(null);

  protected readonly passwordForm = this.fb.group({
    current_password: ['', Validators.required],
    new_password: ['', NEW_PASSWORD_VALIDATORS],
  });
  protected readonly currentPasswordMessages = { required: 'Enter your current password.' };
  protected readonly newPasswordMessages = newPasswordMessages('Choose a new password.');
  protected readonly passwordSubmitted = signal(false);
  protected readonly passwordBusy = signal(false);
  protected readonly passwordNotice = signal<string | null>(null);
  protected readonly passwordError = signal<AppError | null>(null);

  protected readonly deleteForm = this.fb.group({
    password: ['', Validators.required],
    confirm: [false, Validators.requiredTrue],
  });
  protected readonly deletePasswordMessages = { required: 'Enter your password to confirm.' };
  protected readonly deleteSubmitted = signal(false);
  protected readonly deleteBusy = signal(false);
  protected readonly deleteError = signal<AppError | null>(null);

  ngOnInit(): void {
    const user = this.auth.user();
    if (user) {
      this.fill(user);
    }
    this.api.me().subscribe({
      next: (fresh) => {
        if (this.profileForm.pristine) {
          this.fill(fresh);
        }
      },
      error: () => undefined,
    });
  }

  protected saveProfile(): void {
    if (this.profileForm.invalid || this.profileBusy()) {
      this.profileForm.markAllAsTouched();
      return;
    }
    const v = this.profileForm.getRawValue();
    this.profileBusy.set(true);
    this.profileNotice.set(null);
    this.profileError.set(null);
    this.api
      .updateProfile({
        full_name: v.full_name.trim() || null,
        preferences: {
          track: v.track || null,
          company: v.company || null,
          difficulty: v.difficulty || null,
          voice: v.voice,
        },
      })
      .subscribe({
        next: (user) => {
          this.profileBusy.set(false);
          this.profileNotice.set('Saved.');
          this.fill(user);
        },
        error: (error: unknown) => {
          this.profileBusy.set(false);
          this.profileError.set(asAppError(error));
        },
      });
  }

  protected changePassword(): void {
    this.passwordSubmitted.set(true);
    if (this.passwordForm.invalid || this.passwordBusy()) {
      return;
    }
    this.passwordBusy.set(true);
    this.passwordNotice.set(null);
    this.passwordError.set(null);
    this.api.changePassword(this.passwordForm.getRawValue()).subscribe({
      next: () => {
        this.passwordBusy.set(false);
        this.passwordSubmitted.set(false);
        this.passwordForm.reset();
        this.passwordNotice.set('Your password is changed. Other devices are signed out.');
      },
      error: (error: unknown) => {
        this.passwordBusy.set(false);
        this.passwordError.set(asAppError(error));
      },
    });
  }

  protected deleteAccount(): void {
    this.deleteSubmitted.set(true);
    if (this.deleteForm.invalid || this.deleteBusy()) {
      return;
    }
    this.deleteBusy.set(true);
    this.deleteError.set(null);
    this.api.deleteAccount(this.deleteForm.getRawValue().password).subscribe({
      next: () => {
        this.deleteBusy.set(false);
        void this.router.navigateByUrl('/');
      },
      error: (error: unknown) => {
        this.deleteBusy.set(false);
        this.deleteError.set(asAppError(error));
      },
    });
  }

  private fill(user: UserProfile): void {
    this.profileForm.reset({
      full_name: user.full_name ?? '',
      track: user.preferences.track ?? '',
      company: user.preferences.company ?? '',
      difficulty: user.preferences.difficulty ?? '',
      voice: user.preferences.voice ?? false,
    });
  }
}
