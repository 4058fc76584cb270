import { Injectable, Logger } from '@nestjs/common';
import type { TurnStreamEvent } from '@interview-prep/contracts';
import type { ServerResponse } from 'node:http';
import { LlmUnavailableError } from '../ai/llm-client';
import { toApiError } from '../common/errors/error-response';
import { InterviewService, type StoredTurn } from './interview.service';
import { ReplyPolisher } from './reply-polisher';

/** Words per chunk when the offline reply is streamed, so both paths look alike to the client. */
const OFFLINE_CHUNK_WORDS = 3;

/**
 * POST /sessions/:id/message/stream: the same turn as /message, as server-sent events. The turn is
 * stored first; then the interviewer's words stream, from the LLM as it sends them or from the
 * offline reply in small chunks; a final `done` event carries the stored messages. If the LLM's
 * stream breaks or its text is rejected, a `replace` event swaps in the offline reply, which is
 * then what is stored: the candidate always ends up seeing the stored message.
 */
@Injectable()
export class TurnStream {
  private readonly logger = new Logger(TurnStream.name);

  constructor(
    private readonly interview: InterviewService,
    private readonly polisher: ReplyPolisher,
  ) {}

  async run(response: ServerResponse, storeTurn: () => Promise<StoredTurn>): Promise<void> {
    let turn: StoredTurn;
    try {
      turn = await storeTurn();
    } catch (error) {
      // Nothing was sent yet: the error goes out in the one error shape with its status.
      const body = toApiError(error);
      response.writeHead(body.statusCode, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify(body));
      return;
    }
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    // The turn is stored: the client hears so now, not with the LLM's first token.
    response.flushHeaders();
    const send = (event: TurnStreamEvent) =>
      response.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
    const request = turn.polish;
    if (request && this.polisher.wants(request)) {
      let text = '';
      try {
        for await (const token of this.polisher.stream(request)) {
          text += token;
          send({ type: 'token', text: token });
        }
        const accepted = this.polisher.verdict(request, text);
        if (accepted === null) {
          send({ type: 'replace', text: turn.interviewer.content });
        } else {
          await this.interview.saveRewrite(turn.interviewer, turn.meta, accepted);
        }
      } catch (error) {
        if (!(error instanceof LlmUnavailableError)) {
          this.logger.error(error instanceof Error ? error.stack : String(error));
        }
        send(
          text === ''
            ? { type: 'token', text: turn.interviewer.content }
            : { type: 'replace', text: turn.interviewer.content },
        );
      }
    } else {
      for (const chunk of chunks(turn.interviewer.content)) {
        send({ type: 'token', text: chunk });
      }
    }
    send({ type: 'done', ...this.interview.response(turn) });
    response.end();
  }
}

function chunks(text: string): string[] {
  const words = text.match(/\S+\s*/gu) ?? [];
  const result: string[] = [];
  for (let i = 0; i < words.length; i += OFFLINE_CHUNK_WORDS) {
    result.push(words.slice(i, i + OFFLINE_CHUNK_WORDS).join(''));
  }
  return result;
}
