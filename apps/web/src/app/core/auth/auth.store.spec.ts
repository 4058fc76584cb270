import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { LOGIN } from '../../../testing/auth-fixtures';
import { AUTH_STORAGE_KEY, AuthStore, safeReturnUrl } from './auth.store';

describe('AuthStore', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
  });

  it('should keep the token and the user after signing in, across a reload', () => {
    TestBed.inject(AuthStore).signIn(LOGIN);
    expect(JSON.parse(localStorage.getItem(AUTH_STORAGE_KEY) ?? '{}').token).toBe('token-1');

    TestBed.resetTestingModule();
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const reloaded = TestBed.inject(AuthStore);
    expect(reloaded.isSignedIn()).toBe(true);
    expect(reloaded.accessToken()).toBe('token-1');
    expect(reloaded.displayName()).toBe('Ada Lovelace');
  });

  it('should sign out when the token has expired', () => {
    const store = TestBed.inject(AuthStore);
    store.signIn({ ...LOGIN, expires_in: 5 });
    expect(store.accessToken()).toBeNull();
    expect(store.isSignedIn()).toBe(false);
    expect(localStorage.getItem(AUTH_STORAGE_KEY)).toBeNull();
  });

  it('should ignore a stored value it cannot read', () => {
    localStorage.setItem(AUTH_STORAGE_KEY, '{not json');
    expect(TestBed.inject(AuthStore).isSignedIn()).toBe(false);
  });

  it('should send the user to sign in and back when the session expires', async () => {
    const store = TestBed.inject(AuthStore);
    const router = TestBed.inject(Router);
    store.signIn(LOGIN);
    Object.defineProperty(router, 'url', { get: () => '/sessions/abc' });
    const navigate = jest.spyOn(router, 'navigate').mockResolvedValue(true);
    store.sessionExpired();
    expect(store.isSignedIn()).toBe(false);
    expect(navigate).toHaveBeenCalledWith(['/sign-in'], {
      queryParams: { returnUrl: '/sessions/abc', reason: 'expired' },
    });
  });
});

describe('safeReturnUrl', () => {
  it('should accept only paths inside the app', () => {
    expect(safeReturnUrl('/history?status=completed')).toBe('/history?status=completed');
    expect(safeReturnUrl('//evil.example')).toBeNull();
    expect(safeReturnUrl('https://evil.example')).toBeNull();
    expect(safeReturnUrl('/\\evil.example')).toBeNull();
    expect(safeReturnUrl('/sign-in?returnUrl=/x')).toBeNull();
    expect(safeReturnUrl(undefined)).toBeNull();
  });
});
