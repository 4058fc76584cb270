import { NotFoundException } from '@nestjs/common';
import { QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { isDatabaseUnavailable, toApiError } from './error-response';

describe('toApiError', () => {
  it('should answer 503 when no pool connection frees up in time', () => {
    // pg-pool's error when every connection stays busy past connectionTimeoutMillis.
    const error = new Error('timeout exceeded when trying to connect');
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(toApiError(error)).toEqual({
      statusCode: 503,
      error: 'Service Unavailable',
      message: 'The database is unavailable; try again shortly.',
    });
  });

  it('should answer 503 for a connection the server ended (Postgres restarting)', () => {
    const error = Object.assign(new Error('terminating connection due to administrator command'), {
      code: '57P01',
    });
    expect(toApiError({ driverError: error }).statusCode).toBe(503);
    expect(toApiError(new Error('Connection terminated unexpectedly')).statusCode).toBe(503);
    // The next query of a transaction whose connection the restart ended.
    const released = new QueryRunnerAlreadyReleasedError();
    expect(toApiError(released).statusCode).toBe(503);
    expect(toApiError(new QueryRunnerProviderAlreadyReleasedError()).statusCode).toBe(503);
  });

  it('should answer 400 for text Postgres cannot store, such as a NUL character', () => {
    const driverError = Object.assign(
      new Error('invalid byte sequence for encoding "UTF8": 0x00'),
      {
        code: '22021',
      },
    );
    expect(toApiError({ driverError })).toMatchObject({ statusCode: 400, error: 'Bad Request' });
  });

  it('should keep HTTP exceptions and hide anything else behind a 500', () => {
    expect(toApiError(new NotFoundException('Session not found'))).toMatchObject({
      statusCode: 404,
      message: 'Session not found',
    });
    expect(toApiError(new Error('boom'))).toEqual({
      statusCode: 500,
      error: 'Internal Server Error',
      message: 'Something went wrong on our side.',
    });
  });
});
