import { HttpClient, type HttpResponse } from '@angular/common/http';
import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { apiUrl } from '../api/api-url';

/** The header with which POST /tts says "no audio from me: use the browser's voice". */
export const TTS_PROVIDER_HEADER = 'X-Tts-Provider';

/**
 * Reads text aloud: the server's voice (POST /tts gives audio) or, when it answers 204 with
 * `X-Tts-Provider: browser` or cannot speak, the browser's speechSynthesis.
 */
@Injectable({ providedIn: 'root' })
export class SpeechOutputService {
  private readonly http = inject(HttpClient);
  private readonly speakingKey = signal<string | null>(null);
  private audio: HTMLAudioElement | null = null;
  private objectUrl: string | null = null;
  private generation = 0;

  /** The key of what is being read aloud (a message id), or null. */
  readonly speaking = this.speakingKey.asReadonly();

  readonly browserVoiceAvailable = typeof window !== 'undefined' && 'speechSynthesis' in window;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  /** Reads `text` aloud; resolves when it has finished or was stopped. */
  async speak(text: string, key: string): Promise<void> {
    this.stop();
    const generation = ++this.generation;
    this.speakingKey.set(key);
    try {
      let response: HttpResponse<Blob> | null = null;
      try {
        response = await firstValueFrom(
          this.http.post(apiUrl('tts'), { text }, { observe: 'response', responseType: 'blob' }),
        );
      } catch {
        response = null; // No server voice: the browser's will do.
      }
      if (generation !== this.generation) {
        return;
      }
      const useBrowser =
        response === null ||
        response.status === 204 ||
        response.headers.get(TTS_PROVIDER_HEADER)?.toLowerCase() === 'browser' ||
        !response.body ||
        response.body.size === 0;
      if (useBrowser) {
        await this.speakInBrowser(text, generation);
      } else if (response?.body) {
        await this.play(response.body, generation);
      }
    } finally {
      if (generation === this.generation) {
        this.speakingKey.set(null);
      }
    }
  }

  stop(): void {
    this.generation++;
    this.speakingKey.set(null);
    if (this.audio) {
      this.audio.pause();
      this.audio = null;
    }
    if (this.objectUrl) {
      URL.revokeObjectURL(this.objectUrl);
      this.objectUrl = null;
    }
    if (this.browserVoiceAvailable) {
      window.speechSynthesis.cancel();
    }
  }

  private play(blob: Blob, generation: number): Promise<void> {
    this.objectUrl = URL.createObjectURL(blob);
    const audio = new Audio(this.objectUrl);
    this.audio = audio;
    return new Promise<void>((resolve, reject) => {
      audio.onended = () => resolve();
      audio.onerror = () => reject(new Error('The audio could not be played.'));
      audio.play().catch((error: unknown) => {
        if (generation === this.generation) {
          reject(error instanceof Error ? error : new Error('The audio could not be played.'));
        } else {
          resolve();
        }
      });
    });
  }

  private speakInBrowser(text: string, generation: number): Promise<void> {
    if (!this.browserVoiceAvailable) {
      return Promise.reject(new Error('This browser cannot read text aloud.'));
    }
    return new Promise<void>((resolve, reject) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.onend = () => resolve();
      utterance.onerror = (event) =>
        event.error === 'interrupted' ||
        event.error === 'canceled' ||
        generation !== this.generation
          ? resolve()
          : reject(new Error('The browser could not read the text aloud.'));
      window.speechSynthesis.speak(utterance);
    });
  }
}
