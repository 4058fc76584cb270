import {
  HttpStatus,
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { TTS_CACHE_HEADER, TTS_PROVIDER_HEADER } from '@interview-prep/contracts';
import type { FastifyReply } from 'fastify';
import { map, type Observable } from 'rxjs';
import type { Speech } from './tts.service';

/**
 * Turns a `Speech` into the HTTP answer: the audio bytes with their Content-Type, or 204 for
 * `browser`; `X-Tts-Provider` names the provider either way.
 */
@Injectable()
export class SpeechReplyInterceptor implements NestInterceptor<Speech, Buffer | undefined> {
  intercept(context: ExecutionContext, next: CallHandler<Speech>): Observable<Buffer | undefined> {
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return next.handle().pipe(
      map((speech) => {
        void reply.header(TTS_PROVIDER_HEADER, speech.provider);
        if (speech.audio === null) {
          void reply.status(HttpStatus.NO_CONTENT);
          return undefined;
        }
        void reply
          .header('Content-Type', speech.contentType)
          .header(TTS_CACHE_HEADER, speech.cached ? 'hit' : 'miss');
        return speech.audio;
      }),
    );
  }
}
