import { DestroyRef, Injectable, inject, signal } from '@angular/core';

/* The Web Speech API's recognition part is not in TypeScript's DOM library: the bits we use. */
interface RecognitionAlternative {
  readonly transcript: string;
}
interface RecognitionResult {
  readonly isFinal: boolean;
  readonly length: number;
  readonly [index: number]: RecognitionAlternative;
}
interface RecognitionEvent {
  readonly resultIndex: number;
  readonly results: { readonly length: number; readonly [index: number]: RecognitionResult };
}
interface RecognitionErrorEvent {
  readonly error: string;
}
interface Recognition {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  onresult: ((event: RecognitionEvent) => void) | null;
  onerror: ((event: RecognitionErrorEvent) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
  abort(): void;
}
type RecognitionConstructor = new () => Recognition;

function recognitionConstructor(): RecognitionConstructor | null {
  if (typeof window === 'undefined') {
    return null;
  }
  const candidates = window as unknown as {
    SpeechRecognition?: RecognitionConstructor;
    webkitSpeechRecognition?: RecognitionConstructor;
  };
  return candidates.SpeechRecognition ?? candidates.webkitSpeechRecognition ?? null;
}

const ERROR_MESSAGES: Record<string, string> = {
  'not-allowed': 'Microphone access was refused. Allow it in the browser to dictate.',
  'service-not-allowed': 'Speech recognition is not allowed here.',
  'audio-capture': 'No microphone was found.',
  network: 'Speech recognition needs a network connection in this browser.',
};

/**
 * Dictation with the browser's speech recognition, where it exists (Chrome, Edge, Safari).
 * Typing always works; this only adds words to the answer.
 */
@Injectable({ providedIn: 'root' })
export class DictationService {
  private readonly ctor = recognitionConstructor();
  private recognition: Recognition | null = null;
  private readonly active = signal(false);
  private readonly lastError = signal<string | null>(null);
  private readonly interimText = signal('');

  readonly supported = this.ctor !== null;
  readonly listening = this.active.asReadonly();
  readonly error = this.lastError.asReadonly();
  /** Words heard but not settled yet. */
  readonly interim = this.interimText.asReadonly();

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  /** Starts listening; each settled phrase goes to `onPhrase`. */
  start(onPhrase: (text: string) => void, lang = navigator.language || 'en-US'): void {
    if (!this.ctor || this.active()) {
      return;
    }
    this.lastError.set(null);
    const recognition = new this.ctor();
    recognition.lang = lang;
    recognition.continuous = true;
    recognition.interimResults = true;
    recognition.onresult = (event) => {
      let interim = '';
      for (let i = event.resultIndex; i < event.results.length; i++) {
        const result = event.results[i];
        const text = result[0]?.transcript ?? '';
        if (result.isFinal) {
          if (text.trim()) {
            onPhrase(text.trim());
          }
        } else {
          interim += text;
        }
      }
      this.interimText.set(interim);
    };
    recognition.onerror = (event) => {
      if (event.error !== 'no-speech' && event.error !== 'aborted') {
        this.lastError.set(ERROR_MESSAGES[event.error] ?? 'Dictation stopped because of an error.');
      }
    };
    recognition.onend = () => {
      this.active.set(false);
      this.interimText.set('');
      this.recognition = null;
    };
    this.recognition = recognition;
    try {
      recognition.start();
      this.active.set(true);
    } catch {
      this.lastError.set('Dictation could not start.');
      this.recognition = null;
    }
  }

  stop(): void {
    this.recognition?.stop();
    this.active.set(false);
    this.interimText.set('');
  }
}
