import { AppError, NETWORK_ERROR_MESSAGE, asAppError, toAppError } from './app-error';

describe('toAppError', () => {
  it('should keep the API error shape as it is', () => {
    const error = toAppError(400, {
      statusCode: 400,
      error: 'Bad Request',
      message: 'email must be an email',
      details: [{ field: 'email', messages: ['email must be an email'] }],
    });
    expect(error).toBeInstanceOf(AppError);
    expect(error.message).toBe('email must be an email');
    expect(error.fieldMessages('email')).toEqual(['email must be an email']);
    expect(error.fieldMessages('password')).toEqual([]);
  });

  it('should parse a JSON body given as text', () => {
    const body = JSON.stringify({
      statusCode: 409,
      error: 'Conflict',
      message: 'The session is finished and read-only',
    });
    expect(toAppError(409, body).message).toBe('The session is finished and read-only');
  });

  it('should say when to try again after a 429, from Retry-After', () => {
    const error = toAppError(
      429,
      { statusCode: 429, error: 'Too Many Requests', message: 'ThrottlerException' },
      '30',
    );
    expect(error.statusCode).toBe(429);
    expect(error.retryAfterSeconds).toBe(30);
    expect(error.message).toBe('Too many attempts. Try again in 30 seconds.');
  });

  it('should treat no answer and proxy failures as the server being down', () => {
    expect(toAppError(0, null).isServerDown).toBe(true);
    expect(toAppError(0, null).message).toBe(NETWORK_ERROR_MESSAGE);
    expect(toAppError(502, '<html>Bad gateway</html>', null, 'Bad Gateway').isServerDown).toBe(
      true,
    );
    expect(toAppError(404, null).isServerDown).toBe(false);
  });

  it('should give a generic message for a body that is not the error shape', () => {
    expect(toAppError(500, 'oops', null, 'Internal Server Error').message).toBe(
      'Something went wrong (HTTP 500). Please try again.',
    );
  });
});

describe('asAppError', () => {
  it('should turn a failed fetch into a network error', () => {
    expect(asAppError(new TypeError('Failed to fetch')).statusCode).toBe(0);
  });

  it('should keep an AppError', () => {
    const error = new AppError(403, 'Forbidden', 'Verify your email first');
    expect(asAppError(error)).toBe(error);
  });
});
