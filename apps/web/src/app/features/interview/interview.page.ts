import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  type OnInit,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { MESSAGE_MAX_CHARS, type SessionMessage } from '@interview-prep/contracts';
import { AuthApi } from '../../core/auth/auth.api';
import { AuthStore } from '../../core/auth/auth.store';
import { DictationService } from '../../core/speech/dictation.service';
import { SpeechOutputService } from '../../core/speech/speech-output.service';
import { LabelPipe } from '../../shared/label.pipe';
import { formatDuration, label } from '../../shared/labels';
import { MessageTextComponent } from '../../shared/ui/message-text.component';
import { RequestStateComponent } from '../../shared/ui/request-state.component';
import { InterviewStore, type QuickAction } from './interview.store';

const AUTO_SPEAK_KEY = 'interview-prep.auto-speak';

@Component({
  selector: 'app-interview-page',
  imports: [RouterLink, LabelPipe, RequestStateComponent, MessageTextComponent],
  templateUrl: './interview.page.html',
  providers: [InterviewStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class InterviewPage implements OnInit {
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly auth = inject(AuthStore);
  private readonly authApi = inject(AuthApi);
  private readonly transcript = viewChild<ElementRef<HTMLElement>>('transcript');
  private readonly answerBox = viewChild<ElementRef<HTMLTextAreaElement>>('answerBox');

  protected readonly store = inject(InterviewStore);
  protected readonly speech = inject(SpeechOutputService);
  protected readonly dictation = inject(DictationService);

  /** The route's `:id`. */
  readonly id = input.required<string>();

  protected readonly maxChars = MESSAGE_MAX_CHARS;
  protected readonly now = signal(Date.now());
  protected readonly autoSpeak = signal(this.initialAutoSpeak());
  protected readonly confirmingFinish = signal(false);
  protected readonly speechError = signal<string | null>(null);

  protected readonly title = computed(() => {
    const s = this.store.session();
    return s ? `${label('track', s.track)} · ${label('company', s.company)}` : 'Interview';
  });

  protected readonly progressText = computed(() => {
    const p = this.store.progress();
    const phase = this.store.phase();
    if (this.store.finished()) {
      return 'Interview finished';
    }
    if (!p || phase === 'warmup' || p.question_number === 0) {
      return 'Warmup';
    }
    if (phase === 'wrap_up') {
      return 'Wrap-up: your questions for the interviewer';
    }
    const kind = p.question_kind === 'behavioral' ? ' (behavioral)' : '';
    return `Question ${p.question_number} of ${p.total_questions}${kind}`;
  });

  protected readonly progressPercent = computed(() => {
    const p = this.store.progress();
    if (this.store.finished()) {
      return 100;
    }
    if (!p || p.total_questions === 0) {
      return 0;
    }
    return Math.round((Math.max(0, p.question_number - 1) / p.total_questions) * 100);
  });

  protected readonly overallSeconds = computed(() => {
    const p = this.store.progress();
    if (!p) {
      return 0;
    }
    const running = !this.store.finished();
    return p.elapsed_seconds + (running ? (this.now() - this.store.progressAt()) / 1000 : 0);
  });
  protected readonly overallTime = computed(() => formatDuration(this.overallSeconds()));
  protected readonly durationText = computed(() =>
    formatDuration((this.store.progress()?.duration_minutes ?? 0) * 60),
  );
  protected readonly overTime = computed(() => {
    const p = this.store.progress();
    return !!p && this.overallSeconds() > p.duration_minutes * 60;
  });
  protected readonly questionTime = computed(() => {
    const started = this.store.questionStartedAt();
    return started === null || this.store.finished()
      ? '–'
      : formatDuration((this.now() - started) / 1000);
  });

  protected readonly canQuickAct = computed(
    () =>
      this.store.canSend() &&
      (this.store.progress()?.question_number ?? 0) > 0 &&
      this.store.phase() === 'questions',
  );

  constructor() {
    const timer = setInterval(() => this.now.set(Date.now()), 1000);
    inject(DestroyRef).onDestroy(() => {
      clearInterval(timer);
      this.speech.stop();
      this.dictation.stop();
    });
    this.store.onReply = (message) => {
      if (this.autoSpeak()) {
        this.play(message);
      }
    };
    // Keep the newest message in view as the transcript grows or a reply streams in.
    effect(() => {
      this.store.messages();
      this.store.streamingReply();
      this.store.pendingMessage();
      afterNextRender(
        () => {
          const element = this.transcript()?.nativeElement;
          if (element) {
            element.scrollTop = element.scrollHeight;
          }
        },
        { injector: this.injector },
      );
    });
  }

  ngOnInit(): void {
    void this.store.load(this.id()).then(() => this.focusAnswer());
  }

  protected onDraftInput(event: Event): void {
    this.store.updateDraft((event.target as HTMLTextAreaElement).value);
  }

  /** Enter sends; Shift+Enter (or Enter while an input method composes) adds a line. */
  protected onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      void this.send();
    }
  }

  protected onSubmit(event: Event): void {
    event.preventDefault();
    void this.send();
  }

  protected async send(): Promise<void> {
    if (this.dictation.listening()) {
      this.dictation.stop();
    }
    await this.store.sendDraft();
    this.focusAnswer();
  }

  protected async quick(action: QuickAction): Promise<void> {
    await this.store.quickAction(action);
    this.focusAnswer();
  }

  protected retrySend(): void {
    void this.send();
  }

  protected async finish(): Promise<void> {
    const phase = this.store.phase();
    if (!this.confirmingFinish() && (phase === 'questions' || phase === 'warmup')) {
      this.confirmingFinish.set(true);
      return;
    }
    this.confirmingFinish.set(false);
    this.speech.stop();
    if (await this.store.finalize()) {
      await this.router.navigate(['/sessions', this.id(), 'results']);
    }
  }

  protected toggleAutoSpeak(): void {
    const next = !this.autoSpeak();
    this.autoSpeak.set(next);
    try {
      localStorage.setItem(AUTO_SPEAK_KEY, String(next));
    } catch {
      // Not kept: fine.
    }
    if (!next) {
      this.speech.stop();
    } else {
      const last = this.store.lastInterviewerMessage();
      if (last) {
        this.play(last);
      }
    }
    // The account's voice preference follows, so the next interview starts the same way.
    if (this.auth.user()?.preferences.voice !== next) {
      this.authApi
        .updateProfile({ preferences: { voice: next } })
        .subscribe({ error: () => undefined });
    }
  }

  protected togglePlay(message: SessionMessage): void {
    if (this.speech.speaking() === message.id) {
      this.speech.stop();
    } else {
      this.play(message);
    }
  }

  protected toggleDictation(): void {
    if (this.dictation.listening()) {
      this.dictation.stop();
    } else {
      this.speech.stop();
      this.dictation.start((text) => this.store.appendToDraft(text));
    }
  }

  private play(message: SessionMessage): void {
    this.speechError.set(null);
    this.speech.speak(message.content, message.id).catch((error: unknown) => {
      this.speechError.set(
        error instanceof Error ? error.message : 'The message could not be read aloud.',
      );
    });
  }

  private focusAnswer(): void {
    afterNextRender(() => this.answerBox()?.nativeElement.focus({ preventScroll: true }), {
      injector: this.injector,
    });
  }

  private initialAutoSpeak(): boolean {
    try {
      const stored = localStorage.getItem(AUTO_SPEAK_KEY);
      if (stored !== null) {
        return stored === 'true';
      }
    } catch {
      // Use the account's preference.
    }
    return this.auth.user()?.preferences.voice ?? false;
  }
}
