import { HttpModule } from '@nestjs/axios';
import { Module } from '@nestjs/common';
import { ElevenLabsClient } from './elevenlabs/elevenlabs.client';
import { FliteEngine } from './offline/flite-engine';
import { TtsCache } from './tts-cache';
import { TtsController } from './tts.controller';
import { TtsService } from './tts.service';

@Module({
  imports: [HttpModule],
  controllers: [TtsController],
  providers: [TtsService, TtsCache, FliteEngine, ElevenLabsClient],
  exports: [TtsService],
})
export class TtsModule {}
