import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { authInterceptor } from '../auth/auth.interceptor';
import { LOGIN } from '../../../testing/auth-fixtures';
import { AuthStore } from '../auth/auth.store';
import { AppError } from './app-error';
import { ConnectivityStore } from './connectivity.store';
import { errorInterceptor } from './error.interceptor';

describe('authInterceptor and errorInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let auth: AuthStore;
  let connectivity: ConnectivityStore;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([authInterceptor, errorInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    auth = TestBed.inject(AuthStore);
    connectivity = TestBed.inject(ConnectivityStore);
    jest.spyOn(connectivity, 'recheck').mockImplementation(() => undefined);
  });

  afterEach(() => {
    connectivity.reportUp();
    backend.verify();
  });

  it('should add the bearer token to API requests only', async () => {
    auth.signIn(LOGIN);
    const api = firstValueFrom(http.get('/api/v1/sessions'));
    const other = firstValueFrom(http.get('/assets/x.json'));
    const apiRequest = backend.expectOne('/api/v1/sessions');
    expect(apiRequest.request.headers.get('Authorization')).toBe('Bearer token-1');
    apiRequest.flush({});
    const asset = backend.expectOne('/assets/x.json');
    expect(asset.request.headers.has('Authorization')).toBe(false);
    asset.flush({});
    await Promise.all([api, other]);
  });

  it('should turn an API error into an AppError with its message', async () => {
    const request = firstValueFrom(http.post('/api/v1/auth/login', {}));
    backend
      .expectOne('/api/v1/auth/login')
      .flush(
        { statusCode: 401, error: 'Unauthorized', message: 'Invalid email or password' },
        { status: 401, statusText: 'Unauthorized' },
      );
    await expect(request).rejects.toMatchObject({
      statusCode: 401,
      message: 'Invalid email or password',
    });
    await expect(request).rejects.toBeInstanceOf(AppError);
  });

  it('should sign out and go to sign in on a 401 for a request that carried a token', async () => {
    auth.signIn(LOGIN);
    const expired = jest.spyOn(auth, 'sessionExpired').mockImplementation(() => undefined);
    const request = firstValueFrom(http.get('/api/v1/sessions'));
    backend
      .expectOne('/api/v1/sessions')
      .flush(
        { statusCode: 401, error: 'Unauthorized', message: 'Unauthorized' },
        { status: 401, statusText: 'Unauthorized' },
      );
    await expect(request).rejects.toBeInstanceOf(AppError);
    expect(expired).toHaveBeenCalled();
  });

  it('should not treat a wrong password on sign in as an expired session', async () => {
    const expired = jest.spyOn(auth, 'sessionExpired').mockImplementation(() => undefined);
    const request = firstValueFrom(http.post('/api/v1/auth/login', {}));
    backend
      .expectOne('/api/v1/auth/login')
      .flush(null, { status: 401, statusText: 'Unauthorized' });
    await expect(request).rejects.toBeInstanceOf(AppError);
    expect(expired).not.toHaveBeenCalled();
  });

  it('should report the server down when it cannot be reached, and up when it answers', async () => {
    const failed = firstValueFrom(http.get('/api/v1/sessions'));
    backend.expectOne('/api/v1/sessions').error(new ProgressEvent('error'), { status: 0 });
    await expect(failed).rejects.toMatchObject({ statusCode: 0 });
    expect(connectivity.isDown()).toBe(true);

    const ok = firstValueFrom(http.get('/api/v1/sessions'));
    backend.expectOne('/api/v1/sessions').flush({ items: [] });
    await ok;
    expect(connectivity.isDown()).toBe(false);
  });
});
