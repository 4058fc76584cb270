import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  AUTH_PATHS,
  type ChangePasswordRequest,
  type LoginRequest,
  type LoginResponse,
  type MessageResponse,
  type ResetPasswordRequest,
  type SignupRequest,
  type UpdateProfileRequest,
  type UserProfile,
} from '@interview-prep/contracts';
import { type Observable, tap } from 'rxjs';
import { apiUrl } from '../api/api-url';
import { AuthStore } from './auth.store';

/** The account routes. Signing in, changing the password and deleting update the AuthStore. */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);
  private readonly store = inject(AuthStore);

  signUp(request: SignupRequest): Observable<MessageResponse> {
    return this.http.post<MessageResponse>(apiUrl(AUTH_PATHS.signup), request);
  }

  verifyEmail(token: string): Observable<MessageResponse> {
    return this.http.post<MessageResponse>(apiUrl(AUTH_PATHS.verify), { token });
  }

  resendVerification(email: string): Observable<MessageResponse> {
    return this.http.post<MessageResponse>(apiUrl(AUTH_PATHS.resendVerification), { email });
  }

  signIn(request: LoginRequest): Observable<LoginResponse> {
    return this.http
      .post<LoginResponse>(apiUrl(AUTH_PATHS.login), request)
      .pipe(tap((response) => this.store.signIn(response)));
  }

  forgotPassword(email: string): Observable<MessageResponse> {
    return this.http.post<MessageResponse>(apiUrl(AUTH_PATHS.forgotPassword), { email });
  }

  resetPassword(request: ResetPasswordRequest): Observable<MessageResponse> {
    return this.http.post<MessageResponse>(apiUrl(AUTH_PATHS.resetPassword), request);
  }

  me(): Observable<UserProfile> {
    return this.http
      .get<UserProfile>(apiUrl(AUTH_PATHS.me))
      .pipe(tap((user) => this.store.updateUser(user)));
  }

  updateProfile(request: UpdateProfileRequest): Observable<UserProfile> {
    return this.http
      .patch<UserProfile>(apiUrl(AUTH_PATHS.me), request)
      .pipe(tap((user) => this.store.updateUser(user)));
  }

  /** Tokens issued before stop working; the answer's new one replaces ours. */
  changePassword(request: ChangePasswordRequest): Observable<LoginResponse> {
    return this.http
      .post<LoginResponse>(apiUrl(AUTH_PATHS.changePassword), request)
      .pipe(tap((response) => this.store.signIn(response)));
  }

  deleteAccount(password: string): Observable<void> {
    return this.http
      .delete<void>(apiUrl(AUTH_PATHS.me), { body: { password } })
      .pipe(tap(() => this.store.signOut()));
  }
}
