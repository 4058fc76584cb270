import { TestBed } from '@angular/core/testing';
import {
  type ActivatedRouteSnapshot,
  Router,
  type RouterStateSnapshot,
  UrlTree,
  provideRouter,
} from '@angular/router';
import { authGuard, guestGuard } from './auth.guards';
import { LOGIN } from '../../../testing/auth-fixtures';
import { AuthStore } from './auth.store';

const route = {} as ActivatedRouteSnapshot;
const state = (url: string) => ({ url }) as RouterStateSnapshot;

describe('auth guards', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
  });

  it('should send a visitor to sign in with the page to come back to', () => {
    const result = TestBed.runInInjectionContext(() => authGuard(route, state('/history')));
    expect(result).toBeInstanceOf(UrlTree);
    expect(TestBed.inject(Router).serializeUrl(result as UrlTree)).toBe(
      '/sign-in?returnUrl=%2Fhistory',
    );
  });

  it('should let a signed-in user through', () => {
    TestBed.inject(AuthStore).signIn(LOGIN);
    expect(TestBed.runInInjectionContext(() => authGuard(route, state('/history')))).toBe(true);
  });

  it('should send a signed-in user from the guest pages to the dashboard', () => {
    expect(TestBed.runInInjectionContext(() => guestGuard(route, state('/sign-in')))).toBe(true);
    TestBed.inject(AuthStore).signIn(LOGIN);
    const result = TestBed.runInInjectionContext(() => guestGuard(route, state('/sign-in')));
    expect(TestBed.inject(Router).serializeUrl(result as UrlTree)).toBe('/dashboard');
  });
});
