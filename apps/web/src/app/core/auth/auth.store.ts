import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import type { LoginResponse, UserProfile } from '@interview-prep/contracts';

export const AUTH_STORAGE_KEY = 'interview-prep.auth';

/** What is kept between visits: the bearer token, when it ends and who it belongs to. */
export interface StoredAuth {
  readonly token: string;
  /** Epoch milliseconds. */
  readonly expiresAt: number;
  readonly user: UserProfile;
}

/** Expire a token a little early, so that a request never leaves with one about to lapse. */
const EXPIRY_MARGIN_MS = 10_000;

function readStored(storage: Storage | null): StoredAuth | null {
  try {
    const raw = storage?.getItem(AUTH_STORAGE_KEY);
    if (!raw) {
      return null;
    }
    const value = JSON.parse(raw) as Partial<StoredAuth>;
    if (
      typeof value.token !== 'string' ||
      typeof value.expiresAt !== 'number' ||
      typeof value.user !== 'object' ||
      value.user === null
    ) {
      return null;
    }
    return value as StoredAuth;
  } catch {
    return null;
  }
}

function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Storage can be disabled by the browser's privacy settings.
    return null;
  }
}

/** Only paths inside the app: never `//evil.example` or `https://...`. */
export function safeReturnUrl(url: string | null | undefined): string | null {
  if (!url || !url.startsWith('/') || url.startsWith('//') || url.startsWith('/\\')) {
    return null;
  }
  return url.startsWith('/sign-in') ? null : url;
}

/**
 * Who is signed in. The token lives in localStorage so that a reload or a second tab stays signed
 * in; the API's CSP (script-src 'self') is what keeps other scripts away from it.
 */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly router = inject(Router);
  private readonly storage = browserStorage();
  private readonly state = signal<StoredAuth | null>(this.initialState());

  readonly user = computed(() => this.state()?.user ?? null);
  readonly isSignedIn = computed(() => this.state() !== null);
  readonly displayName = computed(() => {
    const user = this.user();
    return user ? user.full_name || user.email : '';
  });

  constructor() {
    // Signing in or out in another tab applies here too.
    const onStorage = (event: StorageEvent) => {
      if (event.key === AUTH_STORAGE_KEY) {
        this.state.set(readStored(this.storage));
      }
    };
    if (typeof window !== 'undefined') {
      window.addEventListener('storage', onStorage);
      inject(DestroyRef).onDestroy(() => window.removeEventListener('storage', onStorage));
    }
  }

  /** The bearer token, or null when there is none or it has expired (which signs out). */
  accessToken(): string | null {
    const state = this.state();
    if (state === null) {
      return null;
    }
    if (state.expiresAt - EXPIRY_MARGIN_MS <= Date.now()) {
      this.clear();
      return null;
    }
    return state.token;
  }

  signIn(response: LoginResponse): void {
    this.write({
      token: response.access_token,
      expiresAt: Date.now() + response.expires_in * 1000,
      user: response.user,
    });
  }

  updateUser(user: UserProfile): void {
    const state = this.state();
    if (state) {
      this.write({ ...state, user });
    }
  }

  signOut(): void {
    this.clear();
  }

  /** A request was refused with 401: sign out and send the user to sign in, then back here. */
  sessionExpired(): void {
    const wasSignedIn = this.state() !== null;
    this.clear();
    const current = this.router.url;
    if (current.startsWith('/sign-in')) {
      return;
    }
    void this.router.navigate(['/sign-in'], {
      queryParams: {
        returnUrl: safeReturnUrl(current) ?? undefined,
        reason: wasSignedIn ? 'expired' : undefined,
      },
    });
  }

  private initialState(): StoredAuth | null {
    const stored = readStored(this.storage);
    return stored && stored.expiresAt - EXPIRY_MARGIN_MS > Date.now() ? stored : null;
  }

  private write(value: StoredAuth): void {
    this.state.set(value);
    try {
      this.storage?.setItem(AUTH_STORAGE_KEY, JSON.stringify(value));
    } catch {
      // Full or disabled storage: signed in for this page only.
    }
  }

  private clear(): void {
    this.state.set(null);
    try {
      this.storage?.removeItem(AUTH_STORAGE_KEY);
    } catch {
      // Nothing to clear.
    }
  }
}
