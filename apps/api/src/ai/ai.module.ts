import { Module } from '@nestjs/common';
import { AiController } from './ai.controller';
import { LlmClient } from './llm-client';

@Module({
  controllers: [AiController],
  providers: [LlmClient],
  exports: [LlmClient],
})
export class AiModule {}
