import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toApiError } from './error-response';

/**
 * Every error leaves the API in one shape, `{ statusCode, error, message, details? }`. Server
 * errors are logged with their stack and reach the client as a fixed message only.
 */
@Catch()
export class GlobalExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(GlobalExceptionFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const body = toApiError(exception);
    if (body.statusCode >= 500) {
      // The access log line of this request carries the same id.
      const id = host.switchToHttp().getRequest<FastifyRequest | undefined>()?.requestId;
      const detail =
        exception instanceof Error ? (exception.stack ?? exception.message) : String(exception);
      this.logger.error(id ? `request ${id}: ${detail}` : detail);
    }
    if (body.statusCode === 429 || body.statusCode === 503) {
      reply.header('Retry-After', reply.getHeader('Retry-After') ?? '5');
    }
    // A route may have set another type (text/markdown) or a download name before it failed.
    reply.removeHeader('Content-Disposition');
    void reply.status(body.statusCode).type('application/json; charset=utf-8').send(body);
  }
}
