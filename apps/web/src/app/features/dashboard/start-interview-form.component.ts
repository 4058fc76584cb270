import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  effect,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import {
  COMPANIES,
  type Company,
  type CreateSessionRequest,
  DIFFICULTIES,
  type Difficulty,
  INTERVIEW_LIMITS,
  JOB_DESCRIPTION_MAX_CHARS,
  SESSION_TRACKS,
  type SessionTrack,
  type UserPreferences,
} from '@interview-prep/contracts';
import { SessionsApi } from '../../core/api/sessions.api';
import { type AppError, asAppError } from '../../core/http/app-error';
import { LabelPipe } from '../../shared/label.pipe';

export interface StartFormPrefill {
  readonly track?: SessionTrack;
  readonly company?: Company;
  readonly difficulty?: Difficulty;
  readonly job_description?: string;
}

const limits = INTERVIEW_LIMITS;

@Component({
  selector: 'app-start-interview-form',
  imports: [ReactiveFormsModule, LabelPipe],
  templateUrl: './start-interview-form.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StartInterviewFormComponent {
  private readonly api = inject(SessionsApi);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly startButton = viewChild<ElementRef<HTMLButtonElement>>('startButton');

  /** The user's saved defaults. */
  readonly preferences = input<UserPreferences>({});

  protected readonly tracks = SESSION_TRACKS;
  protected readonly companies = COMPANIES;
  protected readonly difficulties = DIFFICULTIES;
  protected readonly limits = limits;
  protected readonly jobDescriptionMax = JOB_DESCRIPTION_MAX_CHARS;

  protected readonly form = inject(NonNullableFormBuilder).group({
    track: ['swe_intern' as SessionTrack, Validators.required],
    company: ['general' as Company, Validators.required],
    difficulty: ['easy' as Difficulty, Validators.required],
    max_questions: [
      limits.max_questions.default as number,
      [
        Validators.required,
        Validators.min(limits.max_questions.min),
        Validators.max(limits.max_questions.max),
      ],
    ],
    behavioral_questions: [
      limits.behavioral_questions.default as number,
      [
        Validators.required,
        Validators.min(limits.behavioral_questions.min),
        Validators.max(limits.behavioral_questions.max),
      ],
    ],
    duration_minutes: [
      limits.duration_minutes.default as number,
      [
        Validators.required,
        Validators.min(limits.duration_minutes.min),
        Validators.max(limits.duration_minutes.max),
      ],
    ],
    job_description: ['', Validators.maxLength(JOB_DESCRIPTION_MAX_CHARS)],
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<AppError | null>(null);
  protected readonly submitted = signal(false);

  constructor() {
    // The saved defaults fill the form until the user changes it.
    effect(() => {
      const { track, company, difficulty } = this.preferences();
      if (this.form.pristine) {
        this.form.patchValue({
          ...(track ? { track } : {}),
          ...(company ? { company } : {}),
          ...(difficulty ? { difficulty } : {}),
        });
      }
    });
  }

  /** Fills the form (a "practise this" link) and brings it into view. */
  prefill(values: StartFormPrefill): void {
    this.form.patchValue(values);
    this.form.markAsDirty();
    this.host.nativeElement.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
    this.startButton()?.nativeElement.focus({ preventScroll: true });
  }

  protected invalid(name: keyof typeof this.form.controls): boolean {
    const control = this.form.controls[name];
    return control.invalid && (control.touched || this.submitted());
  }

  protected submit(): void {
    this.submitted.set(true);
    if (this.form.invalid || this.busy()) {
      return;
    }
    const value = this.form.getRawValue();
    const request: CreateSessionRequest = {
      track: value.track,
      company: value.company,
      difficulty: value.difficulty,
      max_questions: Number(value.max_questions),
      behavioral_questions: Number(value.behavioral_questions),
      duration_minutes: Number(value.duration_minutes),
      ...(value.job_description.trim() ? { job_description: value.job_description.trim() } : {}),
    };
    this.busy.set(true);
    this.error.set(null);
    this.api.create(request).subscribe({
      next: (session) => {
        this.busy.set(false);
        void this.router.navigate(['/sessions', session.id]);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.error.set(asAppError(error));
      },
    });
  }
}
