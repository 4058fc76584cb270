import type { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { isApiUrl } from '../api/api-url';
import { AuthStore } from './auth.store';

/** Adds `Authorization: Bearer <token>` to our own API's requests while signed in. */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isApiUrl(request.url) || request.headers.has('Authorization')) {
    return next(request);
  }
  const token = inject(AuthStore).accessToken();
  return next(
    token ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : request,
  );
};
