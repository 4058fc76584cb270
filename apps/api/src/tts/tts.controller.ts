import { Body, Controller, Get, HttpCode, HttpStatus, Post, UseInterceptors } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { TTS_CACHE_HEADER, TTS_PROVIDER_HEADER } from '@interview-prep/contracts';
import { ApiErrorDto } from '../auth/dto/api-error.dto';
import { RateLimit } from '../common/rate-limit';
import { SpeechRequestDto } from './dto/speech-request.dto';
import { TtsStatusDto } from './dto/tts-status.dto';
import { SpeechReplyInterceptor } from './speech-reply.interceptor';
import { TtsService } from './tts.service';

/** Synthesis costs CPU (offline) or money (ElevenLabs); cache hits count too. */
export const TTS_REQUESTS_PER_MINUTE = 20;

const providerHeader = {
  [TTS_PROVIDER_HEADER]: {
    description: 'The provider that answered: offline, elevenlabs or browser',
    schema: { type: 'string' },
  },
};

@ApiTags('tts')
@ApiBearerAuth('bearer')
@ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'No valid bearer token' })
@Controller('tts')
export class TtsController {
  constructor(private readonly tts: TtsService) {}

  @Post()
  @HttpCode(HttpStatus.OK)
  @RateLimit({ user: { limit: TTS_REQUESTS_PER_MINUTE, ttlSeconds: 60 } })
  @UseInterceptors(SpeechReplyInterceptor)
  @ApiOperation({
    summary:
      'Speak a text: audio from the configured providers, cached by provider, voice and text',
  })
  @ApiProduces('audio/wav', 'audio/mpeg')
  @ApiOkResponse({
    description: 'The audio: WAV from the offline engine, MP3 from ElevenLabs',
    schema: { type: 'string', format: 'binary' },
    headers: {
      ...providerHeader,
      [TTS_CACHE_HEADER]: { description: 'hit or miss', schema: { type: 'string' } },
    },
  })
  @ApiNoContentResponse({
    description: "No audio: the web app speaks the text with the browser's speech synthesis",
    headers: providerHeader,
  })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'Empty text or over 2,000 characters' })
  synthesize(@Body() body: SpeechRequestDto) {
    return this.tts.synthesize(body);
  }

  @Get('status')
  @ApiOperation({ summary: 'Providers configured and their order, which answered last, the cache' })
  @ApiOkResponse({ type: TtsStatusDto })
  status() {
    return this.tts.status();
  }
}
