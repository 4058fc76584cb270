import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { InterviewResultsDto } from '../analytics/dto/interview-results.dto';
import { CurrentUser, type AuthenticatedUser } from '../auth/current-user.decorator';
import { UuidParam } from '../common/validation/uuid-param';
import { CreateSessionDto } from './dto/create-session.dto';
import { SendMessageDto } from './dto/send-message.dto';
import { SessionListQueryDto } from './dto/session-list-query.dto';
import {
  SessionDetailDto,
  SessionPageDto,
  SessionSummaryDto,
  TurnResponseDto,
} from './dto/session.dto';
import { InterviewService } from './interview.service';
import { SessionScorer } from './session-scorer';
import { SessionsService } from './sessions.service';
import { TurnStream } from './turn-stream';

@ApiTags('sessions')
@ApiBearerAuth('bearer')
@ApiNotFoundResponse({ description: "No such session for this user (another user's too)" })
@Controller('sessions')
export class SessionsController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly interview: InterviewService,
    private readonly scorer: SessionScorer,
    private readonly stream: TurnStream,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Create an interview session (status created)' })
  @ApiCreatedResponse({ type: SessionSummaryDto })
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateSessionDto) {
    return this.sessions.create(user.id, body);
  }

  @Get()
  @ApiOperation({ summary: 'Your sessions, newest first, with score and status' })
  @ApiOkResponse({ type: SessionPageDto })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: SessionListQueryDto) {
    return this.sessions.list(user.id, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One session with its transcript and progress' })
  @ApiOkResponse({ type: SessionDetailDto })
  get(@CurrentUser() user: AuthenticatedUser, @UuidParam('id') id: string) {
    return this.sessions.get(user.id, id);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a session and everything in it' })
  @ApiNoContentResponse()
  remove(@CurrentUser() user: AuthenticatedUser, @UuidParam('id') id: string) {
    return this.sessions.remove(user.id, id);
  }

  @Post(':id/start')
  @HttpCode(200)
  @ApiOperation({ summary: 'The greeting; a second call returns the same opening' })
  @ApiOkResponse({ type: TurnResponseDto })
  start(@CurrentUser() user: AuthenticatedUser, @UuidParam('id') id: string) {
    return this.interview.start(user.id, id);
  }

  @Post(':id/message')
  @HttpCode(200)
  @ApiOperation({
    summary: "Send the candidate's message; get the interviewer's reply",
    description: 'A retried post with the same client_message_id returns the first result.',
  })
  @ApiOkResponse({ type: TurnResponseDto })
  @ApiConflictResponse({ description: 'The session is not started, or finished' })
  message(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('id') id: string,
    @Body() body: SendMessageDto,
  ) {
    return this.interview.message(user.id, id, body.content, body.client_message_id);
  }

  @Post(':id/message/stream')
  @ApiOperation({
    summary: 'The same turn as server-sent events',
    description:
      'Events: `token` {text} as the reply is written, `replace` {text} when the LLM stream broke ' +
      'and the offline reply stands, then `done` with the stored turn. Errors before the stream ' +
      'starts are JSON in the usual error shape.',
  })
  @ApiProduces('text/event-stream')
  @ApiOkResponse({ description: 'An event stream' })
  async messageStream(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('id') id: string,
    @Body() body: SendMessageDto,
    @Res() reply: FastifyReply,
  ) {
    reply.hijack();
    await this.stream.run(reply.raw, () =>
      this.interview.storeTurn(user.id, id, body.content, body.client_message_id),
    );
  }

  @Post(':id/finalize')
  @HttpCode(200)
  @ApiOperation({ summary: 'Score the session and store the results; idempotent' })
  @ApiOkResponse({ type: InterviewResultsDto })
  finalize(@CurrentUser() user: AuthenticatedUser, @UuidParam('id') id: string) {
    return this.scorer.finalize(user.id, id);
  }

  @Post(':id/questions/:questionId/retry')
  @ApiOperation({ summary: 'A new one-question session that re-asks a question of this one' })
  @ApiCreatedResponse({ type: SessionSummaryDto })
  retry(
    @CurrentUser() user: AuthenticatedUser,
    @UuidParam('id') id: string,
    @Param('questionId') questionId: string,
  ) {
    return this.sessions.retry(user.id, id, questionId);
  }
}
