import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import { AuthStore } from './auth.store';

/** Signed-in users only; others go to sign in and come back here afterwards. */
export const authGuard: CanActivateFn = (_route, state) => {
  if (inject(AuthStore).accessToken() !== null) {
    return true;
  }
  return inject(Router).createUrlTree(['/sign-in'], { queryParams: { returnUrl: state.url } });
};

/** Pages for visitors (sign in, sign up, the landing page): a signed-in user goes to the dashboard. */
export const guestGuard: CanActivateFn = () => {
  if (inject(AuthStore).accessToken() === null) {
    return true;
  }
  return inject(Router).createUrlTree(['/dashboard']);
};
