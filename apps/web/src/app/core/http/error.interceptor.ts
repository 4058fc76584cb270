import { HttpErrorResponse, HttpEventType, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, from, switchMap, tap, throwError } from 'rxjs';
import { isApiUrl } from '../api/api-url';
import { AuthStore } from '../auth/auth.store';
import { toAppError } from './app-error';
import { ConnectivityStore } from './connectivity.store';

/** A blob or text error body (downloads, audio) read as text, so its JSON can be parsed. */
async function readBody(body: unknown): Promise<unknown> {
  if (typeof Blob !== 'undefined' && body instanceof Blob) {
    try {
      return await body.text();
    } catch {
      return null;
    }
  }
  return body;
}

/**
 * Turns every failed API request into an AppError (the API's one error shape), tells the
 * connectivity store whether the server answers, and sends a refused token (401) to sign in.
 */
export const errorInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isApiUrl(request.url)) {
    return next(request);
  }
  const connectivity = inject(ConnectivityStore);
  const auth = inject(AuthStore);
  return next(request).pipe(
    tap((event) => {
      if (event.type === HttpEventType.Response) {
        connectivity.reportUp();
      }
    }),
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse)) {
        return throwError(() => error);
      }
      return from(readBody(error.error)).pipe(
        switchMap((body) => {
          const appError = toAppError(
            error.status,
            body,
            error.headers.get('Retry-After'),
            error.statusText,
          );
          if (appError.isServerDown) {
            connectivity.reportDown();
          } else {
            connectivity.reportUp();
          }
          // A 401 on a request that carried a token: the session ended. A 401 without one is a
          // wrong password on sign in, which the form shows.
          if (error.status === 401 && request.headers.has('Authorization')) {
            auth.sessionExpired();
          }
          return throwError(() => appError);
        }),
      );
    }),
  );
};
