import { Injectable } from '@angular/core';

export const DRAFT_KEY_PREFIX = 'interview-prep.draft.';

/** An answer sent whose result is not known yet: resent with the same id, it is stored once. */
export interface PendingSend {
  readonly content: string;
  readonly clientMessageId: string;
}

/** What the candidate typed and has not seen answered, per session. */
export interface Draft {
  readonly text: string;
  readonly pending: PendingSend | null;
}

export const EMPTY_DRAFT: Draft = { text: '', pending: null };

/**
 * Unsent answers in localStorage, one key per session, so that a reload, a crash or a failed
 * request loses nothing. Storage that is full or disabled only means the draft is not kept.
 */
@Injectable({ providedIn: 'root' })
export class DraftStorage {
  private get storage(): Storage | null {
    try {
      return typeof localStorage === 'undefined' ? null : localStorage;
    } catch {
      return null;
    }
  }

  load(sessionId: string): Draft {
    try {
      const raw = this.storage?.getItem(DRAFT_KEY_PREFIX + sessionId);
      if (!raw) {
        return EMPTY_DRAFT;
      }
      const value = JSON.parse(raw) as Partial<Draft>;
      const pending =
        value.pending &&
        typeof value.pending.content === 'string' &&
        typeof value.pending.clientMessageId === 'string'
          ? value.pending
          : null;
      return { text: typeof value.text === 'string' ? value.text : '', pending };
    } catch {
      return EMPTY_DRAFT;
    }
  }

  save(sessionId: string, draft: Draft): void {
    try {
      if (draft.text === '' && draft.pending === null) {
        this.storage?.removeItem(DRAFT_KEY_PREFIX + sessionId);
      } else {
        this.storage?.setItem(DRAFT_KEY_PREFIX + sessionId, JSON.stringify(draft));
      }
    } catch {
      // Full or disabled storage: the draft lives in the page only.
    }
  }

  clear(sessionId: string): void {
    this.save(sessionId, EMPTY_DRAFT);
  }
}
